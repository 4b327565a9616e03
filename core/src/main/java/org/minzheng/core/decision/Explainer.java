package org.minzheng.core.decision;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.citation.CitationFormat;
import org.minzheng.core.citation.Instrument;
import org.minzheng.core.citation.InstrumentCatalogue;
import org.minzheng.core.id.Masking;
import org.minzheng.core.money.Money;
import org.minzheng.core.money.Rounding;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.region.Region;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.region.RegionLevel;

/**
 * Renders decisions, findings and notes as text in zh-CN or English from message bundles, in two
 * views of one decision ({@link View}): the citizen's (群众版) and the reviewer's (审核版).
 *
 * <p>A message is a template with {@code {name}} placeholders filled from the finding's named
 * facts, each value written the way a reader writes it: money
 * as {@code 1145元} / {@code 1,145.00 yuan}, dates as {@code 2024年12月1日} /
 * {@code 1 December 2024}, a region by its name, a parameter key (a fact named {@code key} or
 * {@code …Key}) by its description, a rounding in words, enums through
 * {@code enum.<Type>.<NAME>} messages. Bundles are read with no fallback to the default locale,
 * so the output never depends on the machine. Thread-safe.
 *
 * <p>What does not change from one decision to the next is done once: every message of the
 * bundles is parsed into its text and placeholders (and what each placeholder's name says its
 * value is) when the explainer is made; a citation, a region's name, an office, an enum
 * constant's words, a rounding in words, the messages of a rule, and the lines that name only
 * policy data — a finding's legal basis, where a value was set, each parameter value read, the
 * section headings, a notice's outcome and next steps for a program and region — are written the
 * first time they are needed and kept (per explainer and language, at most 8,192 of each, keyed by
 * the rule, citation, region, constant or the book's value — never by a decision; the book's values,
 * the rules' citations and constant strings are found by identity first). A text is written into
 * one buffer of characters — the kept texts and the messages' literal text copied in, the
 * decision's figures written as digits — and made a string once; a decision's findings are read
 * from its rows, without making its {@link Finding} objects, where that leaves them as they would
 * be (see {@code fromRows}). Keep one explainer and share it.
 */
public final class Explainer {

    /**
     * The two views of one decision.
     *
     * <ul>
     *   <li>{@link #CITIZEN} (群众版): the notice the applicant reads — outcome, amount, the reasons
     *       in plain words with their legal basis, what the person can do next, cautions, the date
     *       and a short reference. No parameter names, no policy fingerprint.
     *   <li>{@link #REVIEWER} (审核版): every condition with its figures and legal basis, where each
     *       value came from and its grade, every parameter value read, what would change the
     *       outcome, missing values, warnings and the policy fingerprint.
     * </ul>
     */
    public enum View {
        /** The citizen's notice (群众版). */
        CITIZEN,
        /** The reviewer's full view (审核版). */
        REVIEWER;

        /**
         * @param text {@code citizen} or {@code reviewer} (case-insensitive)
         * @return the view
         * @throws IllegalArgumentException for any other text
         */
        public static View parse(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            if (t.equals("citizen")) {
                return CITIZEN;
            }
            if (t.equals("reviewer")) {
                return REVIEWER;
            }
            throw new IllegalArgumentException("view: expected citizen or reviewer");
        }
    }

    private static final String CORE_BUNDLE = "org.minzheng.core.messages";

    /** How many hex digits of the policy fingerprint a citizen's notice gives as its reference. */
    public static final int REFERENCE_LENGTH = 12;

    /**
     * The instrument whose 第六十五条 gives applicants for and recipients of social assistance the
     * right to administrative review or litigation; a program that cites it is a social-assistance
     * program, and its notice names that article.
     */
    private static final String SOCIAL_ASSISTANCE_MEASURES = "sc-social-assistance-2014";

    private static final String SOCIAL_ASSISTANCE_REVIEW_ARTICLE = "第六十五条";

    private final InstrumentCatalogue instruments;
    // the programs whose decisions this explainer renders, null for one made from bundle names
    private final ProgramRegistry programs;
    // the book whose regions and parameter keys values are named from, null for one made from bundle names
    private final PolicyBook book;
    // per language (by ordinal): every message of the bundles, parsed once, and what is rendered
    // once per rule, citation, region or enum constant (bounded, shared by every thread)
    private final Messages[] messages = new Messages[Language.values().length];
    // parameter key name → its key in the book, or NO_KEY (names from the rules' facts, bounded)
    private final Cache<String, Object> keys = new Cache<>();
    // the same, found by the name's identity first (a key's name in the facts is the key's own string)
    private final IdentityTable<String, Object> keysById = new IdentityTable<>();

    private Explainer(
            Map<String, ClassLoader> baseNames,
            InstrumentCatalogue instruments,
            ProgramRegistry programs,
            PolicyBook book) {
        this.instruments = instruments;
        this.programs = programs;
        this.book = book;
        Map<String, ClassLoader> names = new LinkedHashMap<>(baseNames);
        names.putIfAbsent(CORE_BUNDLE, Explainer.class.getClassLoader());
        for (Language lang : Language.values()) {
            // the first bundle that defines a key gives its message, as the bundles are listed
            Map<String, Template> templates = new HashMap<>();
            for (Map.Entry<String, ClassLoader> name : names.entrySet()) {
                ResourceBundle b;
                try {
                    b = ResourceBundle.getBundle(
                            name.getKey(),
                            lang.locale(),
                            name.getValue(),
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                } catch (MissingResourceException e) {
                    throw new IllegalArgumentException("Message bundle " + name.getKey() + " not found for " + lang, e);
                }
                for (String key : b.keySet()) {
                    if (!templates.containsKey(key)) {
                        templates.put(key, Template.parse(key, b.getString(key)));
                    }
                }
            }
            messages[lang.ordinal()] = new Messages(lang, templates);
        }
    }

    /**
     * Obtains an explainer for the decisions of the given programs: their message bundles (each
     * found with its program's class loader), the book's instruments, regions (named in the text)
     * and parameter keys (described in the text).
     *
     * <pre>{@code
     * Explainer explainer = Explainer.of(ProgramRegistry.loadDefault(), PolicyBook.loadDefault());
     * String text = explainer.explain(decision, Language.ZH, Explainer.View.CITIZEN);
     * }</pre>
     *
     * @param programs the programs, not null
     * @param book     the policy book whose instruments citations resolve against, not null
     * @return the explainer
     * @throws IllegalArgumentException if a program's bundle is missing
     */
    public static Explainer of(ProgramRegistry programs, PolicyBook book) {
        Map<String, ClassLoader> names = new LinkedHashMap<>();
        for (Program<?, ?> p : programs.all()) {
            names.putIfAbsent(p.messageBundle(), p.getClass().getClassLoader());
        }
        Objects.requireNonNull(book, "book");
        return new Explainer(names, book.instruments(), programs, book);
    }

    /**
     * Obtains an explainer over the given message bundles (and the core bundle), without programs:
     * for checking and rendering a bundle's messages (tests of message bundles). To explain
     * decisions, use {@link #of(ProgramRegistry, PolicyBook)}. Without a book, a region is written
     * as its code and a parameter key as its name.
     *
     * @param baseNames   bundle base names such as {@code org.minzheng.eligibility.messages}
     * @param loader      the class loader to find them with, not null
     * @param instruments the catalogue citations resolve against, not null
     * @return the explainer
     * @throws IllegalArgumentException if a bundle is missing
     */
    public static Explainer of(Collection<String> baseNames, ClassLoader loader, InstrumentCatalogue instruments) {
        Objects.requireNonNull(loader, "loader");
        Map<String, ClassLoader> names = new LinkedHashMap<>();
        for (String n : baseNames) {
            names.put(n, loader);
        }
        return new Explainer(names, Objects.requireNonNull(instruments), null, null);
    }

    /**
     * Renders a whole decision in the reviewer's view ({@link View#REVIEWER}), titled with its
     * program's title: the full account, nothing left out.
     *
     * @param decision a decision of one of the explainer's programs, not null
     * @param lang     the language, not null
     * @return the text, lines separated by {@code \n}
     * @throws IllegalStateException    if the explainer was made from bundle names, without programs
     * @throws IllegalArgumentException if the decision's program is not one of the explainer's
     */
    public String explain(Decision<?> decision, Language lang) {
        return explain(decision, lang, View.REVIEWER);
    }

    /**
     * Renders a whole decision in one view. The citizen's view is the text of
     * {@link #notice(Decision, Language)}; the reviewer's view is
     * {@link #explain(Decision, String, Language)} under the program's title.
     *
     * @param decision a decision of one of the explainer's programs, not null
     * @param lang     the language, not null
     * @param view     the view, not null
     * @return the text, lines separated by {@code \n}
     * @throws IllegalStateException    if the explainer was made from bundle names, without programs
     * @throws IllegalArgumentException if the decision's program is not one of the explainer's
     */
    public String explain(Decision<?> decision, Language lang, View view) {
        Objects.requireNonNull(view, "view");
        Program<?, ?> p = program(decision);
        return view == View.CITIZEN
                ? citizen(decision, p, messages(lang))
                : explain(decision, p.title().in(lang), lang);
    }

    private Program<?, ?> program(Decision<?> decision) {
        if (programs == null) {
            throw new IllegalStateException("made without programs: use Explainer.of(ProgramRegistry, PolicyBook)");
        }
        return programs.find(decision.program())
                .orElseThrow(() -> new IllegalArgumentException(
                        "program " + decision.program() + " is not one of this explainer's"));
    }

    /**
     * The citizen's notice of a decision (群众版), naming nobody: a decision holds no personal data.
     * See {@link #notice(Decision, Object, Language)}.
     *
     * @param decision a decision of one of the explainer's programs, not null
     * @param lang     the language, not null
     * @return the notice
     * @throws IllegalStateException    if the explainer was made from bundle names, without programs
     * @throws IllegalArgumentException if the decision's program is not one of the explainer's
     */
    public CitizenNotice notice(Decision<?> decision, Language lang) {
        return notice(decision, null, lang);
    }

    /**
     * The citizen's notice of a decision (群众版): the office of the decision's region (湖州市民政局,
     * 吴兴区民政局), the applicant masked where the facts name one ({@link NamedApplicant}), the
     * outcome in plain words, the amount where the result pays one ({@link Payment}), the reasons
     * with their legal basis, what the person can do next, cautions (values that are only examples,
     * local values not yet set), the date and the reference (the first {@value #REFERENCE_LENGTH}
     * characters of the policy fingerprint).
     *
     * <p>The reasons are the findings that decided the outcome: the conditions not met for a
     * refusal, those waiting for a local value when nothing can be decided yet, those sent to a
     * person for a review, and every condition met with the figures computed for a grant.
     *
     * <p>What the person can do next: a message {@code notice.next.review.<program>} where a program
     * defines one; else, for a program that implements the 社会救助暂行办法, administrative review or
     * litigation under its 第六十五条; else both under the general laws on review and litigation.
     * When the case goes to a case worker or waits for a local value, what happens next.
     *
     * @param decision a decision of one of the explainer's programs, not null
     * @param facts    the facts the decision was made on, or null: used only to name the applicant,
     *                 masked, where the facts type is a {@link NamedApplicant}
     * @param lang     the language, not null
     * @return the notice
     * @throws IllegalStateException    if the explainer was made from bundle names, without programs
     * @throws IllegalArgumentException if the decision's program is not one of the explainer's
     */
    public CitizenNotice notice(Decision<?> decision, Object facts, Language lang) {
        Program<?, ?> p = program(decision);
        Messages m = messages(lang);
        NoticeParts n = noticeParts(decision, p, m, false);
        Findings findings = new Findings(decision);
        List<CitizenNotice.Reason> reasons = new ArrayList<>(findings.count);
        for (int i = 0; i < findings.count; i++) {
            Verdict verdict = findings.verdict(i);
            if (decides(verdict, decision.outcome())) {
                reasons.add(new CitizenNotice.Reason(
                        text(m.finding(findings.rule(i), verdict), m, findings.facts(i)),
                        cite(findings.citation(i), m)));
            }
        }
        return new CitizenNotice(
                lang,
                n.office,
                n.title,
                applicant(facts),
                n.outcome,
                n.amount.map(a -> (String) a),
                reasons,
                n.next,
                n.cautions,
                decision.date(),
                decision.policyFingerprint().substring(0, REFERENCE_LENGTH));
    }

    /** What a notice says besides its applicant and its reasons: the office, title, outcome, amount, next steps and cautions. */
    private record NoticeParts(
            String office,
            String title,
            String outcome,
            Optional<Object> amount,
            List<String> next,
            List<String> cautions) {}

    /**
     * @param slotAmount whether the amount is left to a plan's slot ({@link #AMOUNT_SLOT}, a
     *     figure of the decision) rather than written
     */
    private NoticeParts noticeParts(Decision<?> decision, Program<?, ?> p, Messages m, boolean slotAmount) {
        String title = p.title().in(m.lang);
        String office = office(decision.region(), m);
        String[] texts = noticeTexts(p, decision.region(), title, office, m);
        String outcome = texts[decision.outcome().ordinal()];
        Optional<Object> amount = Optional.empty();
        if (decision.outcome() == Outcome.ELIGIBLE
                && decision.result().orElse(null) instanceof Payment pay
                && pay.paidAmount().isPresent()) {
            amount = Optional.of(
                    slotAmount
                            ? AMOUNT_SLOT
                            : text(
                                    m.enumMessage("notice.amount.", pay.paymentPeriod()),
                                    m,
                                    RuleContext.facts("amount", pay.paidAmount().get())));
        }
        List<String> next = new ArrayList<>(2);
        if (decision.outcome() == Outcome.NEEDS_REVIEW) {
            next.add(texts[NEXT_NEEDS_REVIEW]);
        } else if (decision.outcome() == Outcome.UNDETERMINED) {
            next.add(texts[NEXT_UNDETERMINED]);
        }
        next.add(texts[NEXT_REVIEW]);
        List<String> cautions = new ArrayList<>();
        if (decision.usedIllustrativeValues()) {
            cautions.add(texts[CAUTION_ILLUSTRATIVE]);
        }
        for (MissingParameter mp : decision.missingParameters()) {
            cautions.add(
                    mp.blocksOutcome()
                            ? text(m.get("notice.caution.missing"), m, RuleContext.facts("key", mp.key()))
                            : text(
                                    m.get("notice.caution.missing.detail"),
                                    m,
                                    RuleContext.facts("key", mp.key(), "fields", fields(mp, m))));
        }
        return new NoticeParts(office, title, outcome, amount, next, cautions);
    }

    /**
     * The citizen's view of a decision: the text {@link #render(CitizenNotice)} writes for its
     * {@link #notice(Decision, Language)}, with each reason written straight into the text rather
     * than first into a string of its own.
     */
    private String citizen(Decision<?> decision, Program<?, ?> p, Messages m) {
        // the findings are made (where fromRows says so) before the reference puts the values
        // read in key order, as notice() makes them
        Reading r = new Reading(decision, View.CITIZEN, p.title().in(m.lang), m);
        Plan plan = r.plan(m);
        if (plan == null) {
            NoticeParts n = noticeParts(decision, p, m, true);
            Shape b = new Shape(m);
            notice(
                    b,
                    m,
                    n.office,
                    n.title,
                    Optional.empty(),
                    n.outcome,
                    n.amount,
                    r,
                    List.of(),
                    n.next,
                    n.cautions,
                    DATE_SLOT,
                    decision.policyFingerprint().substring(0, REFERENCE_LENGTH));
            ShapeKey key = r.key();
            plan = m.keep(View.CITIZEN, key, b.plan(key));
        }
        m.used(View.CITIZEN, plan);
        return plan.fill(r, m, this);
    }

    // after the outcomes (by ordinal), the notice's texts that name only the program and the office
    private static final int NEXT_NEEDS_REVIEW = Outcome.values().length;
    private static final int NEXT_UNDETERMINED = NEXT_NEEDS_REVIEW + 1;
    private static final int NEXT_REVIEW = NEXT_NEEDS_REVIEW + 2;
    private static final int CAUTION_ILLUSTRATIVE = NEXT_NEEDS_REVIEW + 3;

    /** A program and a region: what a notice's texts that name only the program's title and the office depend on. */
    private record NoticeKey(String program, RegionCode region) {}

    /**
     * The texts of a notice that name only the program's title and the region's office: the
     * outcome in plain words (by ordinal), what the person can do next and the caution on
     * example values. Written once per program, region and language.
     */
    private String[] noticeTexts(Program<?, ?> p, RegionCode region, String title, String office, Messages m) {
        NoticeKey key = new NoticeKey(p.id(), region);
        String[] texts = m.noticeTexts.get(key);
        if (texts != null && texts[CAUTION_ILLUSTRATIVE + 1].equals(title)) {
            return texts;
        }
        Map<String, Object> named = RuleContext.facts("title", title, "office", office);
        texts = new String[CAUTION_ILLUSTRATIVE + 2];
        for (Outcome o : Outcome.values()) {
            texts[o.ordinal()] = text(m.noticeOutcomes[o.ordinal()], m, named);
        }
        texts[NEXT_NEEDS_REVIEW] = text(m.get("notice.next.needs-review"), m, named);
        texts[NEXT_UNDETERMINED] = text(m.get("notice.next.undetermined"), m, named);
        texts[NEXT_REVIEW] = review(p, m, named);
        texts[CAUTION_ILLUSTRATIVE] = text(m.get("notice.caution.illustrative"), m, named);
        // the title they were written with
        texts[CAUTION_ILLUSTRATIVE + 1] = title;
        return m.noticeTexts.put(key, texts);
    }

    /** Whether a finding of this verdict is one of the reasons a citizen is given for the outcome. */
    private static boolean decides(Verdict v, Outcome outcome) {
        switch (outcome) {
            case ELIGIBLE:
                return v == Verdict.MET || v == Verdict.INFO;
            case INELIGIBLE:
                return v == Verdict.NOT_MET;
            case NEEDS_REVIEW:
                return v == Verdict.NEEDS_REVIEW;
            default:
                return v == Verdict.UNDETERMINED;
        }
    }

    /** The right to review or litigation, as the program's texts give it (see {@link #notice(Decision, Object, Language)}). */
    private String review(Program<?, ?> p, Messages m, Map<String, Object> named) {
        Template own = m.review(p.id());
        if (!own.missing) {
            return text(own, m, named);
        }
        for (Citation c : p.citations()) {
            if (c.instrument().equals(SOCIAL_ASSISTANCE_MEASURES)
                    && instruments.find(SOCIAL_ASSISTANCE_MEASURES).isPresent()) {
                Map<String, Object> facts = new LinkedHashMap<>(named);
                facts.put("basis", cite(SOCIAL_ASSISTANCE_REVIEW, m));
                return text(m.get("notice.next.review.social-assistance"), m, facts);
            }
        }
        return text(m.get("notice.next.review"), m, named);
    }

    /** The applicant as a notice prints it: name and ID number masked, either where the facts give it. */
    private static Optional<String> applicant(Object facts) {
        if (!(facts instanceof NamedApplicant a)) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        a.applicantName().filter(n -> !n.isBlank()).ifPresent(n -> sb.append(Masking.maskName(n.strip())));
        a.applicantIdNumber().ifPresent(id -> {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(Masking.maskMiddle(id.value(), 4, 4));
        });
        return sb.length() == 0 ? Optional.empty() : Optional.of(sb.toString());
    }

    /**
     * The office of a region: 民政部 for the nation, a province's 民政厅 (a municipality's 民政局), a
     * city's or county's 民政局; a region the book's table does not name, its civil-affairs department.
     * Written once per region and language.
     */
    private String office(RegionCode code, Messages m) {
        String office = m.offices.get(code);
        if (office != null) {
            return office;
        }
        if (code.level() == RegionLevel.NATION) {
            office = text(m.get("notice.office.NATION"), m, Map.of());
        } else {
            Optional<Region> r = region(code);
            if (r.isEmpty()) {
                office = text(m.get("notice.office.unknown"), m, Map.of());
            } else {
                String key = code.level() == RegionLevel.PROVINCE
                                && !r.get().nameZh().endsWith("市")
                        ? "notice.office.PROVINCE"
                        : "notice.office.LOCAL";
                office = text(
                        m.get(key),
                        m,
                        RuleContext.facts(
                                "name", m.zh ? r.get().nameZh() : r.get().nameEn()));
            }
        }
        return m.offices.put(code, office);
    }

    /**
     * Renders a citizen's notice as text (the citizen's view): the office, the title, the applicant,
     * the outcome and amount, the reasons each with its basis, what the person can do next, the
     * cautions, the date and the reference.
     *
     * @param notice the notice, not null
     * @return the text, lines separated by {@code \n}
     */
    public String render(CitizenNotice notice) {
        Messages m = messages(notice.language());
        // every value a constant of this notice (its applicant's name included): a plan of one
        // text, never kept
        Shape b = new Shape(m);
        notice(
                b,
                m,
                notice.office(),
                notice.programTitle(),
                notice.applicant(),
                notice.outcome(),
                notice.amount().map(a -> (Object) a),
                null,
                notice.reasons(),
                notice.nextSteps(),
                notice.cautions(),
                notice.date(),
                notice.reference());
        return b.whole();
    }

    /**
     * The one layout of a notice's text, written into {@code b}: its reasons those of
     * {@code reasons}, or where {@code r} is given, the decision's findings (each value a slot of
     * the plan); {@code amount} a text or {@link #AMOUNT_SLOT}, {@code date} a date or
     * {@link #DATE_SLOT}.
     */
    private void notice(
            Shape b,
            Messages m,
            String office,
            String title,
            Optional<String> applicant,
            String outcome,
            Optional<Object> amount,
            Reading r,
            List<CitizenNotice.Reason> reasons,
            List<String> nextSteps,
            List<String> cautions,
            Object date,
            String reference) {
        b.lit(office).lit('\n');
        b.constant(m.noticeHeading, RuleContext.facts("title", title));
        b.lit('\n');
        if (applicant.isPresent()) {
            b.constant(m.noticeApplicant, RuleContext.facts("applicant", applicant.get()));
            b.lit('\n');
        }
        b.constant(m.noticeOutcome, RuleContext.facts("outcome", outcome));
        b.lit('\n');
        if (amount.isPresent()) {
            b.constant(m.noticeAmount, RuleContext.facts("amount", amount.get()));
            b.lit('\n');
        }
        if (r != null) {
            reasons(b, r, m);
        } else {
            int count = reasons.size();
            for (int i = 0; i < count; i++) {
                CitizenNotice.Reason reason = reasons.get(i);
                reason(b, i, m);
                b.lit(reason.text());
                b.lit(noticeBasisLine(reason.basis(), m));
            }
        }
        list(b, Messages.NEXT_STEPS, m, nextSteps);
        list(b, Messages.CAUTIONS, m, cautions);
        b.lit('\n');
        b.constant(m.noticeDate, RuleContext.facts("date", date));
        b.lit('\n');
        b.constant(m.noticeReference, RuleContext.facts("reference", reference));
        b.lit('\n');
    }

    /** The start of a notice's reason {@code i} (from 0): the heading before the first, then its number. */
    private void reason(Shape b, int i, Messages m) {
        if (i == 0) {
            b.lit(m.constantLine(Messages.REASONS, this));
        }
        b.lit("  ").lit(i + 1).lit(". ");
    }

    /** Writes a notice's reasons from the decision's findings, as {@link #notice} lists them. */
    private void reasons(Shape b, Reading r, Messages m) {
        Outcome outcome = r.decision.outcome();
        Findings findings = r.findings;
        for (int i = 0, n = 0; i < findings.count; i++) {
            Verdict verdict = findings.verdict(i);
            if (decides(verdict, outcome)) {
                reason(b, n++, m);
                b.template(m.finding(findings.rule(i), verdict), findings.keyValues(i), Plan.FINDING, i);
                b.lit(noticeBasisLine(cite(findings.citation(i), m), m));
            }
        }
    }

    /** A reason's legal basis as its line in a notice, with the end of the reason's line before it: once per basis. */
    private String noticeBasisLine(String basis, Messages m) {
        String line = m.noticeBasisLines.get(basis);
        if (line != null) {
            return line;
        }
        Text sb = new Text(8);
        sb.append('\n').append("     ");
        append(sb, m.basis, m, RuleContext.facts("basis", basis));
        sb.append('\n');
        return m.noticeBasisLines.put(basis, sb.toString());
    }

    private void list(Shape b, int heading, Messages m, List<String> items) {
        int count = items.size();
        if (count > 0) {
            b.lit(m.constantLine(heading, this));
            for (int i = 0; i < count; i++) {
                b.lit("  - ").lit(items.get(i)).lit('\n');
            }
        }
    }

    /**
     * Renders a whole decision in the reviewer's view (审核版): what was decided, each condition
     * with its figures and legal basis and where the values it compared against were set, every
     * parameter value read with its source and grade, what would change the outcome, missing
     * parameters, warnings and the policy fingerprint.
     *
     * @param decision the decision, not null
     * @param title    the program's title in that language, not null
     * @param lang     the language, not null
     * @return the text, lines separated by {@code \n}
     */
    public String explain(Decision<?> decision, String title, Language lang) {
        Messages m = messages(lang);
        Reading r = new Reading(decision, View.REVIEWER, Objects.requireNonNull(title, "title"), m);
        Plan plan = r.plan(m);
        if (plan == null) {
            Shape b = new Shape(m);
            reviewer(b, r, title, m);
            ShapeKey key = r.key();
            plan = m.keep(View.REVIEWER, key, b.plan(key));
        }
        m.used(View.REVIEWER, plan);
        return plan.fill(r, m, this);
    }

    /** The one layout of the reviewer's view, written into {@code b}: each value of the decision's facts a slot. */
    private void reviewer(Shape b, Reading r, String title, Messages m) {
        Decision<?> decision = r.decision;
        b.lit(headingLine(title, decision.program(), m));
        b.constant(m.context, RuleContext.facts("region", decision.region(), "date", DATE_SLOT));
        b.lit('\n');
        b.lit(m.outcomeLine(decision.outcome(), this));
        Findings findings = r.findings;
        if (findings.count > 0) {
            b.lit(m.constantLine(Messages.CONDITIONS, this));
            for (int i = 0; i < findings.count; i++) {
                Verdict verdict = findings.verdict(i);
                b.lit(m.verdictLine(verdict, this));
                b.template(m.finding(findings.rule(i), verdict), findings.keyValues(i), Plan.FINDING, i);
                b.lit(basisLine(findings.citation(i), m));
                findings.sources(i, b, m, this);
            }
        }
        List<ParameterValue<?>> values = decision.parameterValues();
        int valueCount = values.size();
        if (valueCount > 0) {
            b.lit(m.constantLine(Messages.PARAMETERS, this));
            for (int i = 0; i < valueCount; i++) {
                b.lit(parameterLines(values.get(i), m));
            }
        }
        notes(b, r.counterfactuals, Plan.COUNTERFACTUAL, m, Messages.COUNTERFACTUALS, "  - ");
        missing(b, decision, m, true);
        missing(b, decision, m, false);
        notes(b, r.warnings, Plan.WARNING, m, Messages.WARNINGS, "  ! ");
        b.lit(fingerprintLines(decision.policyFingerprint(), m));
    }

    /**
     * A decision's findings as the explainer reads them: from its rows where {@link #fromRows}
     * allows (no {@link Finding} or {@link ValueSource} objects), else from its findings.
     */
    private static final class Findings {

        final int count;
        // the finished context's rows, or null where the findings are read
        private final Object[] rows;
        private final RuleContext made;
        private final List<Finding> list;

        Findings(Decision<?> decision) {
            made = decision.made();
            if (fromRows(made)) {
                rows = made.findings;
                list = null;
                count = made.findingCount;
            } else {
                rows = null;
                list = decision.findings();
                count = list.size();
            }
        }

        String rule(int i) {
            return rows != null
                    ? ((Rule) rows[i * RuleContext.ROW]).id()
                    : list.get(i).rule();
        }

        Verdict verdict(int i) {
            return rows != null
                    ? (Verdict) rows[i * RuleContext.ROW + 1]
                    : list.get(i).verdict();
        }

        Citation citation(int i) {
            return rows != null
                    ? (Citation) rows[i * RuleContext.ROW + 2]
                    : list.get(i).citation();
        }

        Map<String, Object> facts(int i) {
            return new FactMap(keyValues(i));
        }

        /** The alternating names and values of finding {@code i}'s facts. */
        Object[] keyValues(int i) {
            return rows != null
                    ? (Object[]) rows[i * RuleContext.ROW + 3]
                    : list.get(i).keyValues();
        }

        /**
         * What finding {@code i}'s lines depend on besides its facts: its rule (the object, whose
         * parameters say which values read it used; the id where its findings are read) and, where
         * the findings are read, its sources.
         */
        Object ruleKey(int i) {
            return rows != null ? rows[i * RuleContext.ROW] : list.get(i).rule();
        }

        /** Writes the lines of where each value finding {@code i} used was set. */
        void sources(int i, Shape b, Messages m, Explainer explainer) {
            if (rows == null) {
                List<ValueSource> sources = list.get(i).sources();
                for (int k = 0, n = sources.size(); k < n; k++) {
                    b.lit(explainer.sourceLine(sources.get(k), m));
                }
                return;
            }
            Rule rule = (Rule) rows[i * RuleContext.ROW];
            if (rule.parameters().isEmpty()) {
                return;
            }
            // the values read that the rule reads, as RuleContext lists a finding's sources
            Object[] used = made.used;
            for (int k = 0, n = made.usedCount; k < n; k++) {
                ParameterValue<?> v = (ParameterValue<?>) used[k];
                if (rule.reads(v.key())) {
                    b.lit(explainer.sourceLine(v, m));
                }
            }
        }
    }

    /**
     * Whether a decision's findings may be rendered from its rows (the rule, verdict, citation and
     * facts each rule recorded) rather than from its {@link Finding} objects, which a decision
     * makes when they are first read: when they have not been made yet, and making them later,
     * after the values read are put in key order ({@link Decision#parameterValues()}, which the
     * text reads), lists each finding's sources as now — nothing the explainer does changes what
     * the decision's findings hold. (They are listed in the order the values were read; where a
     * rule read two values out of key order, the findings are made first, as before.)
     */
    static boolean fromRows(RuleContext made) {
        if (made.findingList != null) {
            return false;
        }
        if (made.sorted) {
            return true;
        }
        Object[] rows = made.findings;
        Object[] used = made.used;
        for (int i = 0, at = 0; i < made.findingCount; i++, at += RuleContext.ROW) {
            Rule rule = (Rule) rows[at];
            if (rule.parameters().size() < 2) {
                continue;
            }
            String last = null;
            for (int k = 0; k < made.usedCount; k++) {
                ParameterValue<?> v = (ParameterValue<?>) used[k];
                if (rule.reads(v.key())) {
                    String name = v.key().name();
                    if (last != null && last.compareTo(name) > 0) {
                        return false;
                    }
                    last = name;
                }
            }
        }
        return true;
    }

    /** The reviewer's first line, the program's title: written once per program, title and language. */
    private String headingLine(String title, String program, Messages m) {
        String[] kept = m.titleLines.get(program);
        if (kept != null && kept[0].equals(title)) {
            return kept[1];
        }
        Text sb = new Text(8);
        append(sb, m.heading, m, RuleContext.facts("title", title, "program", program));
        sb.append('\n');
        String line = sb.toString();
        m.titleLines.put(program, new String[] {title, line});
        return line;
    }

    /**
     * The reviewer's last lines, a blank one and the policy fingerprint's: written once per
     * fingerprint (found by identity: {@link Fingerprints} hands out one string per set of values).
     */
    private String fingerprintLines(String fingerprint, Messages m) {
        String lines = m.fingerprintLines.get(fingerprint);
        if (lines != null) {
            return lines;
        }
        Text sb = new Text(8);
        sb.append('\n');
        append(sb, m.fingerprint, m, RuleContext.facts("fingerprint", fingerprint));
        sb.append('\n');
        return m.fingerprintLines.put(fingerprint, sb.toString());
    }

    /** Writes a list of notes under its heading (a blank line and the heading), each on its line after {@code mark}. */
    private void notes(Shape b, List<Note> notes, byte source, Messages m, int heading, String mark) {
        int count = notes.size();
        if (count == 0) {
            return;
        }
        b.lit(m.constantLine(heading, this));
        for (int i = 0; i < count; i++) {
            Note n = notes.get(i);
            b.lit(mark);
            b.template(m.byCode(n.code()), n.keyValues(), source, i);
            b.lit('\n');
        }
    }

    /**
     * The line of a finding's legal basis, with the end of the finding's line before it: written
     * once per citation and language.
     */
    private String basisLine(Citation citation, Messages m) {
        String line = m.basisLinesById.get(citation);
        if (line != null) {
            return line;
        }
        line = m.basisLines.get(citation);
        if (line != null) {
            return m.basisLinesById.put(citation, line);
        }
        Text sb = new Text(8);
        sb.append('\n').append("      ");
        append(sb, m.basis, m, RuleContext.facts("basis", cite(citation, m)));
        sb.append('\n');
        return m.basisLinesById.put(citation, m.basisLines.put(citation, sb.toString()));
    }

    /** The line of where a value read was set, found by the value's identity first (see {@link IdentityTable}). */
    private String sourceLine(ParameterValue<?> v, Messages m) {
        String line = m.valueSourceLines.get(v);
        return line != null ? line : m.valueSourceLines.put(v, sourceLine(ValueSource.of(v), m));
    }

    /** The line of where a value a finding used was set: written once per source and language. */
    private String sourceLine(ValueSource v, Messages m) {
        String line = m.sourceLines.get(v);
        if (line != null) {
            return line;
        }
        Text sb = new Text(16);
        sb.append("      ");
        source(sb, v, m);
        sb.append('\n');
        return m.sourceLines.put(v, sb.toString());
    }

    /**
     * The line of a parameter value read, and the line of the local file it came from where it
     * came from an overlay: written once per value and language (a value is the book's, never a
     * decision's).
     */
    private String parameterLines(ParameterValue<?> v, Messages m) {
        String lines = m.parameterLinesById.get(v);
        if (lines != null) {
            return lines;
        }
        lines = m.parameterLines.get(v);
        if (lines != null) {
            return m.parameterLinesById.put(v, lines);
        }
        Text sb = new Text(24);
        sb.append("  - ");
        append(
                sb,
                v.until() == null ? m.parameter : m.parameterUntil,
                m,
                RuleContext.facts(
                        "key",
                        v.key().name(),
                        "value",
                        v.value(),
                        "region",
                        v.region(),
                        "since",
                        v.since(),
                        "until",
                        v.until() == null ? "" : v.until(),
                        "grade",
                        v.grade(),
                        "source",
                        cite(v.citation(), m)));
        sb.append('\n');
        if (book != null && book.isOverlay(v.pack())) {
            // 本地参数来自…: a value from a local file, not from the data the library ships
            sb.append("    ");
            append(sb, m.parameterLocal, m, RuleContext.facts("pack", v.pack(), "file", v.source()));
            sb.append('\n');
        }
        return m.parameterLinesById.put(v, m.parameterLines.put(v, sb.toString()));
    }

    /**
     * Renders where a value a finding used was set: the one place a finding's sources are written
     * (the key's description, the region that set it, its grade and its citation).
     */
    private void source(Text sb, ValueSource v, Messages m) {
        append(
                sb,
                m.source,
                m,
                RuleContext.facts(
                        "key", v.key(), "source", cite(v.citation(), m), "region", v.region(), "grade", v.grade()));
    }

    /**
     * Lists the values not configured: first those the outcome waits for, then those that only
     * leave a detail of the result absent (naming the detail).
     */
    private void missing(Shape b, Decision<?> decision, Messages m, boolean blocking) {
        boolean first = true;
        for (MissingParameter mp : decision.missingParameters()) {
            if (mp.blocksOutcome() != blocking) {
                continue;
            }
            if (first) {
                b.lit('\n');
                b.constant(m.get(blocking ? "explain.missing" : "explain.missing.details"), Map.of());
                b.lit('\n');
                first = false;
            }
            b.lit("  - ");
            b.constant(
                    m.get(blocking ? "explain.missing.item" : "explain.missing.detail-item"),
                    RuleContext.facts(
                            "fields", fields(mp, m), "key", mp.key(), "unit", mp.unit(), "region", mp.region()));
            b.lit('\n');
        }
    }

    /** The result fields a missing value leaves absent, by their {@code result.<field>} names. */
    private String fields(MissingParameter mp, Messages m) {
        Text fields = new Text(4);
        for (String f : mp.absentFields()) {
            if (fields.length() > 0) {
                fields.append(m.zh ? "、" : ", ");
            }
            Template t = m.get("result." + f);
            if (t.missing) {
                fields.append(f);
            } else {
                append(fields, t, m, Map.of());
            }
        }
        return fields.toString();
    }

    /**
     * Renders one finding's message.
     *
     * @param finding the finding, not null
     * @param lang    the language, not null
     * @return the text
     */
    public String finding(Finding finding, Language lang) {
        Messages m = messages(lang);
        return text(m.finding(finding.rule(), finding.verdict()), m, finding.facts());
    }

    /**
     * Renders a citation through the one formatter, {@link CitationFormat}: the instrument's
     * reference and the article, as government documents write them in Chinese. Each citation is
     * formatted once per language and explainer.
     *
     * @param citation the citation, not null
     * @param lang     the language, not null
     * @return the text
     */
    public String cite(Citation citation, Language lang) {
        return cite(Objects.requireNonNull(citation, "citation"), messages(lang));
    }

    private String cite(Citation citation, Messages m) {
        String text = m.citations.get(citation);
        if (text != null) {
            return text;
        }
        Instrument i = instruments.find(citation.instrument()).orElse(null);
        if (i == null) {
            text = CitationFormat.unresolved(citation, m.zh);
        } else {
            text = m.zh ? CitationFormat.zh(i, citation.article()) : CitationFormat.en(i, citation.article());
        }
        return m.citations.put(citation, text);
    }

    /**
     * @param key  a message key, not null
     * @param lang the language, not null
     * @return true if some bundle defines the key in that language
     */
    public boolean hasMessage(String key, Language lang) {
        return messages(lang).templates.containsKey(key);
    }

    /**
     * Renders a message with named values. A key no bundle defines renders as the key and its
     * values, so a gap in the bundles is visible rather than silent.
     *
     * <p>Each value is written the way a reader writes it (see the class description), and by its
     * name: a text in a
     * value named {@code key} or {@code …Key} is a parameter key, written as its description; a
     * text in a value named {@code value} beside such a key is that key's value, written by its
     * type; a text in a value named {@code instrument} is an instrument id, written as its
     * citation; a text in a value named {@code rounding} or {@code …Rounding} is a rounding
     * ({@code YUAN:CEILING}), written in words. A placeholder {@code {name:mode}} writes only the
     * mode of a rounding ({@code 向上取整}), for {@code 343.5元向上取整为344元}.
     *
     * @param key    the key, not null
     * @param lang   the language, not null
     * @param values the named values, not null
     * @return the text
     */
    public String text(String key, Language lang, Map<String, Object> values) {
        Messages m = messages(lang);
        return text(m.get(key), m, values);
    }

    private Messages messages(Language lang) {
        return messages[lang.ordinal()];
    }

    private String text(Template t, Messages m, Map<String, Object> values) {
        if (t.missing) {
            return t.key + (values.isEmpty() ? "" : " " + values);
        }
        if (!t.irregular && t.names.length == 0) {
            return t.literals[0];
        }
        Text sb = new Text(t.irregular ? t.text.length() + 32 : t.literalLength + 16 * t.names.length);
        append(sb, t, m, values);
        return sb.toString();
    }

    /**
     * A text being written, into one buffer of characters sized from the previous text of the same
     * kind: each kept text (a message's literal text, a line written once) copied in once, each
     * figure (a number, an amount, a date) written as its digits with no string of its own, and
     * the string made once at the end. A text that is one kept string only is that string.
     * (Session 7 kept the parts and joined them with {@link String#join}; its cost grows with the
     * number of parts — copying each part into an array and the result, about 7 ns a part on the
     * project's machine against 4 ns for a copy into the buffer — and an explanation has 150–250.)
     */
    static final class Text {

        private char[] chars;
        // the characters written
        private int length;
        // the one string appended while nothing else has been: not copied unless more follows
        private String only;

        Text(int capacity) {
            chars = new char[Math.max(capacity, 16)];
        }

        private Text(char[] chars) {
            this.chars = chars;
        }

        /**
         * A text written into the calling thread's buffer (at most {@link #KEPT_CHARS} characters
         * are kept between texts): the buffer is taken while the text is written and given back by
         * {@link #release()}, so a text written while another is (none is) gets a buffer of its own.
         */
        static Text scratch(int capacity) {
            char[][] holder = SCRATCH.get();
            char[] c = holder[0];
            if (c == null || c.length < capacity) {
                c = new char[Math.max(capacity, 16)];
            }
            holder[0] = null;
            return new Text(c);
        }

        /** The text written, and the buffer given back to the thread (see {@link #scratch}). */
        String release() {
            String s = toString();
            if (chars.length <= KEPT_CHARS) {
                SCRATCH.get()[0] = chars;
            }
            return s;
        }

        /** How large a buffer a thread keeps between texts, at most (16 KB). */
        static final int KEPT_CHARS = 8192;

        private static final ThreadLocal<char[][]> SCRATCH = ThreadLocal.withInitial(() -> new char[1][]);

        private void room(int n) {
            if (length + n > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + n));
            }
        }

        /** Copies the one string appended so far into the buffer, before anything else is written. */
        private void spill() {
            String s = only;
            only = null;
            length = 0;
            room(s.length());
            s.getChars(0, s.length(), chars, 0);
            length = s.length();
        }

        Text append(String s) {
            if (s == null) {
                s = "null";
            }
            if (only != null) {
                spill();
            } else if (length == 0) {
                only = s;
                length = s.length();
                return this;
            }
            int n = s.length();
            room(n);
            s.getChars(0, n, chars, length);
            length += n;
            return this;
        }

        Text append(char c) {
            if (only != null) {
                spill();
            }
            room(1);
            chars[length++] = c;
            return this;
        }

        Text append(int n) {
            if (only != null) {
                spill();
            }
            if (n < 0) {
                if (n == Integer.MIN_VALUE) {
                    return append(Integer.toString(n));
                }
                append('-');
                n = -n;
            }
            int digits = 1;
            for (int x = n; x >= 10; x /= 10) {
                digits++;
            }
            room(digits);
            for (int at = length + digits - 1; at >= length; at--) {
                chars[at] = (char) ('0' + n % 10);
                n /= 10;
            }
            length += digits;
            return this;
        }

        Text append(Object o) {
            return append(String.valueOf(o));
        }

        /** Writes the characters {@code c[from..to)}. */
        Text append(char[] c, int from, int to) {
            if (only != null) {
                spill();
            }
            int n = to - from;
            room(n);
            System.arraycopy(c, from, chars, length, n);
            length += n;
            return this;
        }

        int length() {
            return length;
        }

        /** Makes room for {@code n} characters written next straight into {@link #chars}: @return where they start */
        int claim(int n) {
            if (only != null) {
                spill();
            }
            room(n);
            int start = length;
            length += n;
            return start;
        }

        @Override
        public String toString() {
            if (only != null) {
                return only;
            }
            return new String(chars, 0, length);
        }
    }

    /** Writes a message with its named values into {@code sb}: the one place a message is rendered. */
    private void append(Text sb, Template t, Messages m, Map<String, Object> values) {
        if (t.missing) {
            sb.append(t.key);
            if (!values.isEmpty()) {
                sb.append(' ').append(values);
            }
            return;
        }
        if (t.irregular) {
            interpret(sb, t.text, m, values);
            return;
        }
        String[] names = t.names;
        sb.append(t.literals[0]);
        for (int k = 0; k < names.length; k++) {
            String name = names[k];
            Object v = values.get(name);
            if (v != null || values.containsKey(name)) {
                value(sb, t.kinds[k], v, t.modeOnly[k], m, values);
            } else {
                sb.append(t.placeholders[k]);
            }
            sb.append(t.literals[k + 1]);
        }
    }

    /** Writes one named value: as its name says it is meant, only the mode of a rounding for {@code {name:mode}}. */
    private void value(Text sb, byte kind, Object value, boolean modeOnly, Messages m, Map<String, Object> values) {
        Object v = kind == PLAIN ? value : named(kind, value, values);
        if (modeOnly && v instanceof Rounding r) {
            append(sb, m.enumMessage("rounding.mode.", r.mode()), m, Map.of());
        } else {
            format(sb, v, m);
        }
    }

    /**
     * Renders a template whose placeholders cannot be told apart from the text alone (a {@code {}
     * inside a placeholder): placeholder by placeholder, as the values given decide.
     */
    private void interpret(Text out, String template, Messages m, Map<String, Object> values) {
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i) {
                String name = template.substring(i + 1, close);
                boolean modeOnly = name.endsWith(MODE);
                String plain = modeOnly ? name.substring(0, name.length() - MODE.length()) : name;
                if (values.containsKey(plain)) {
                    value(out, kind(plain), values.get(plain), modeOnly, m, values);
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
    }

    /**
     * A value as its name says it is meant (see {@link #text(String, Language, Map)}): a key name as
     * its key, a key's value text as the typed value, a rounding's text as the rounding.
     */
    private Object named(byte kind, Object value, Map<String, Object> values) {
        if (!(value instanceof String s)) {
            return value;
        }
        switch (kind) {
            case KEY: {
                ParameterKey<?> k = key(s);
                return k != null ? k : value;
            }
            case VALUE: {
                if (!(values.get("key") instanceof String keyName)) {
                    return value;
                }
                ParameterKey<?> k = key(keyName);
                if (k != null) {
                    try {
                        return k.type().parse(s);
                    } catch (IllegalArgumentException e) {
                        return value;
                    }
                }
                return value;
            }
            case INSTRUMENT:
                return instruments.find(s).isPresent() ? Citation.of(s, null) : value;
            case ROUNDING:
                try {
                    return Rounding.parse(s);
                } catch (IllegalArgumentException e) {
                    return value;
                }
            default:
                return value;
        }
    }

    // what a placeholder's name says its value is (see text(String, Language, Map)), decided once per placeholder
    private static final byte PLAIN = 0;
    private static final byte KEY = 1;
    private static final byte VALUE = 2;
    private static final byte INSTRUMENT = 3;
    private static final byte ROUNDING = 4;

    /** What a value of this name is meant as, in the order {@link #named} tries them. */
    static byte kind(String name) {
        if (name.equals("key") || name.endsWith("Key")) {
            return KEY;
        }
        if (name.equals("value")) {
            return VALUE;
        }
        if (name.equals("instrument")) {
            return INSTRUMENT;
        }
        if (name.equals("rounding") || name.endsWith("Rounding")) {
            return ROUNDING;
        }
        return PLAIN;
    }

    /** The book's parameter key of a name, null if none (looked up once per name; bounded). */
    private ParameterKey<?> key(String name) {
        if (book == null) {
            return null;
        }
        Object k = keysById.get(name);
        if (k == null) {
            k = keys.get(name);
            if (k == null) {
                k = keys.put(name, book.key(name).<Object>map(x -> x).orElse(NO_KEY));
            }
            keysById.put(name, k);
        }
        return k == NO_KEY ? null : (ParameterKey<?>) k;
    }

    // a name the book has no key of, in the cache of keys by name
    private static final Object NO_KEY = new Object();

    /**
     * The region of a code, from the book's region table. The one place regions are looked up (the
     * table becomes dated: look the region up as of the decision's date there).
     */
    private Optional<Region> region(RegionCode code) {
        return book == null ? Optional.empty() : book.regions().find(code);
    }

    /**
     * Writes a value the way a reader writes it: money {@code 1145元}, {@code 343.5元},
     * {@code 0.02元} / {@code 1,145.00 yuan}; a date {@code 2024年12月1日} / {@code 1 December 2024};
     * a region by its name (its code where the book does not name it); a parameter key by its
     * description; a rounding in words ({@code 向上取整到元}); a boolean 是/否; an enum through its
     * {@code enum.<Type>.<NAME>} message; a citation through {@link #cite(Citation, Language)}; a
     * collection item by item.
     */
    private void format(Text sb, Object value, Messages m) {
        // the final classes most values are first: none of them is any other type tried below
        if (value instanceof Integer n) {
            // a count, a position, months: written as digits (Text.append(int))
            sb.append(n.intValue());
        } else if (value instanceof String text) {
            sb.append(text);
        } else if (value instanceof Money money) {
            money(sb, money.fen(), m.zh);
        } else if (value instanceof LocalDate d) {
            date(sb, d, m.zh);
        } else if (value instanceof RegionCode code) {
            sb.append(regionName(code, m));
        } else if (value instanceof ParameterKey<?> k) {
            sb.append(m.zh ? k.descriptionZh() : k.descriptionEn());
        } else if (value instanceof Rounding r) {
            sb.append(m.rounding(r, this));
        } else if (value instanceof Citation c) {
            sb.append(cite(c, m));
        } else if (value instanceof Boolean b) {
            append(sb, b ? m.valueTrue : m.valueFalse, m, Map.of());
        } else if (value instanceof Enum<?> e) {
            sb.append(m.enumName(e, this));
        } else if (value instanceof Describable d) {
            append(sb, m.byCode(d.messageKey()), m, d.messageFacts());
        } else if (value instanceof Collection<?> c) {
            int start = sb.length();
            for (Object o : c) {
                if (sb.length() > start) {
                    sb.append(m.zh ? "、" : ", ");
                }
                format(sb, o, m);
            }
            if (sb.length() == start) {
                append(sb, m.valueNone, m, Map.of());
            }
        } else {
            sb.append(value);
        }
    }

    /** A region by its name, once per code and language; the nation 全国; a code the book does not name as itself. */
    private String regionName(RegionCode code, Messages m) {
        String name = m.regions.get(code);
        if (name != null) {
            return name;
        }
        if (code.level() == RegionLevel.NATION) {
            name = text(m.get("region.nation"), m, Map.of());
        } else {
            Optional<Region> r = region(code);
            name = r.isPresent() ? (m.zh ? r.get().nameZh() : r.get().nameEn()) : code.code();
        }
        return m.regions.put(code, name);
    }

    /** Money as people write it: {@code 1145元}, {@code 343.5元}, {@code 0.02元}; {@code 1,145.00 yuan}. */
    static String money(long fen, boolean zh) {
        Text sb = new Text(4);
        money(sb, fen, zh);
        return sb.toString();
    }

    /**
     * Writes money as people write it (see {@link #money(long, boolean)}): the figure's characters
     * written from the fen, then the unit ({@code 元}, {@code  yuan}) — no
     * concatenation, no formatter.
     */
    static void money(Text sb, long fen, boolean zh) {
        if (fen == Long.MIN_VALUE) {
            // no positive counterpart: the one amount written through BigDecimal
            BigDecimal yuan = BigDecimal.valueOf(fen, 2);
            sb.append(
                    zh
                            ? yuan.stripTrailingZeros().toPlainString() + "元"
                            : new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH))
                                            .format(yuan)
                                    + " yuan");
            return;
        }
        long a = Math.abs(fen);
        long yuan = a / 100;
        int cents = (int) (a % 100);
        // the figure's characters, counted, then written from the right straight into the text
        int digits = 1;
        for (long x = yuan; x >= 10; x /= 10) {
            digits++;
        }
        int n = digits + (fen < 0 ? 1 : 0);
        if (!zh) {
            n += (digits - 1) / 3 + 3;
        } else if (cents != 0) {
            n += cents % 10 != 0 ? 3 : 2;
        }
        int start = sb.claim(n);
        char[] b = sb.chars;
        int at = start + n;
        if (zh) {
            if (cents != 0) {
                if (cents % 10 != 0) {
                    b[--at] = (char) ('0' + cents % 10);
                }
                b[--at] = (char) ('0' + cents / 10);
                b[--at] = '.';
            }
        } else {
            b[--at] = (char) ('0' + cents % 10);
            b[--at] = (char) ('0' + cents / 10);
            b[--at] = '.';
        }
        int written = 0;
        do {
            if (!zh && written > 0 && written % 3 == 0) {
                b[--at] = ',';
            }
            b[--at] = (char) ('0' + yuan % 10);
            yuan /= 10;
            written++;
        } while (yuan > 0);
        if (fen < 0) {
            b[--at] = '-';
        }
        assert at == start;
        sb.append(zh ? YUAN_ZH : YUAN_EN);
    }

    private static final String YUAN_ZH = "元";
    private static final String YUAN_EN = " yuan";

    /** A date as people write it: {@code 2024年12月1日}, {@code 1 December 2024}. */
    static String date(LocalDate d, boolean zh) {
        Text sb = new Text(6);
        date(sb, d, zh);
        return sb.toString();
    }

    /** Writes a date as people write it (see {@link #date(LocalDate, boolean)}), part by part. */
    static void date(Text sb, LocalDate d, boolean zh) {
        int year = d.getYear();
        if (zh && year >= 0 && year <= 9999) {
            // 2024年12月1日: counted, then written in one go
            int month = d.getMonthValue();
            int day = d.getDayOfMonth();
            int yd = year >= 1000 ? 4 : year >= 100 ? 3 : year >= 10 ? 2 : 1;
            int n = yd + (month >= 10 ? 2 : 1) + (day >= 10 ? 2 : 1) + 3;
            int at = sb.claim(n) + n;
            char[] b = sb.chars;
            b[--at] = '日';
            at = digits(b, at, day);
            b[--at] = '月';
            at = digits(b, at, month);
            b[--at] = '年';
            digits(b, at, year);
            return;
        }
        if (zh) {
            sb.append(d.getYear())
                    .append("年")
                    .append(d.getMonthValue())
                    .append("月")
                    .append(d.getDayOfMonth())
                    .append("日");
        } else {
            sb.append(d.getDayOfMonth())
                    .append(' ')
                    .append(MONTHS[d.getMonthValue() - 1])
                    .append(' ')
                    .append(d.getYear());
        }
    }

    /** Writes {@code n} (not negative) as digits ending before {@code end}: @return where they start */
    private static int digits(char[] b, int end, int n) {
        int at = end;
        do {
            b[--at] = (char) ('0' + n % 10);
            n /= 10;
        } while (n > 0);
        return at;
    }

    private static final String MODE = ":mode";

    /** The months' English names, as {@code Month.getDisplayName(FULL, ENGLISH)} gives them. */
    private static final String[] MONTHS = new String[12];

    static {
        for (Month month : Month.values()) {
            MONTHS[month.ordinal()] = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }
    }

    /** The 第六十五条 of the 社会救助暂行办法, cited for the right of review. */
    private static final Citation SOCIAL_ASSISTANCE_REVIEW =
            Citation.of(SOCIAL_ASSISTANCE_MEASURES, SOCIAL_ASSISTANCE_REVIEW_ARTICLE);

    // a decision's figures a plan leaves a slot for where a layout is given them as values
    private static final Object DATE_SLOT = new Object();
    private static final Object AMOUNT_SLOT = new Object();

    /** How many plans (text shapes) each language and view keeps at most. */
    static final int PLAN_LIMIT = 256;

    /**
     * What a text's shape depends on: the elements a {@link Reading} collects from a decision —
     * the view, program, title, outcome and region; each finding's rule, verdict, citation and
     * the names of its facts; the values read (the book's objects); the notes' codes and the
     * names of their facts; the values missing; the policy fingerprint; the period of a payment —
     * and never a figure of the decision's facts (an amount, a count, a date, a name: those are a
     * plan's slots). Two keys are equal when their elements are, a rule by identity (its
     * parameters say which values read each finding lists).
     */
    static class ShapeKey {

        Object[] elements;
        int size;
        int hash = 1;

        ShapeKey(Object[] elements, int size, int hash) {
            this.elements = elements;
            this.size = size;
            this.hash = hash;
        }

        @Override
        public final int hashCode() {
            return hash;
        }

        @Override
        public final boolean equals(Object o) {
            if (!(o instanceof ShapeKey k) || k.hash != hash || k.size != size) {
                return false;
            }
            Object[] mine = elements;
            Object[] theirs = k.elements;
            for (int i = 0; i < size; i++) {
                if (!same(mine[i], theirs[i])) {
                    return false;
                }
            }
            return true;
        }

        /** Two elements of keys alike: the same object, or equal where not a rule (rules by identity). */
        static boolean same(Object a, Object b) {
            return a == b || (a != null && b != null && !(a instanceof Rule) && a.equals(b));
        }
    }

    /**
     * A decision as a plan reads it: its findings (see {@link Findings}), notes and payment, and
     * the key of its text's shape. Reading it makes the decision's findings where {@link Findings}
     * does and puts the values read in key order, as writing the text always has.
     */
    private static final class Reading extends ShapeKey {

        final Decision<?> decision;
        final Findings findings;
        final List<Note> counterfactuals;
        final List<Note> warnings;
        // the payment whose amount a notice gives, or null
        final Payment payment;
        final View view;
        // the plan the view used last, whose key the elements are compared with as they are read
        // (none written while they match), or null once one differs
        private Plan last;

        Reading(Decision<?> decision, View view, String title, Messages m) {
            super(null, 0, 1);
            this.view = view;
            Plan last = m.last[view.ordinal()];
            this.last = last;
            if (last == null) {
                elements = new Object[48];
            }
            this.decision = decision;
            this.findings = new Findings(decision);
            Outcome outcome = decision.outcome();
            add(view, view.ordinal());
            add(decision.program(), 0);
            add(title, 0);
            add(outcome, outcome.ordinal());
            add(decision.region(), 0);
            Findings f = findings;
            add(f.rows != null ? Boolean.TRUE : Boolean.FALSE, f.rows != null ? 1 : 2);
            add(f.count, f.count);
            for (int i = 0; i < f.count; i++) {
                Object rule = f.ruleKey(i);
                Verdict verdict = f.verdict(i);
                // a rule compared by identity, hashed by it; a rule's id (findings read) by its text
                add(rule, rule instanceof Rule ? System.identityHashCode(rule) : rule.hashCode());
                add(verdict, verdict.ordinal());
                add(f.citation(i), 0);
                names(f.keyValues(i));
                if (f.rows == null && view == View.REVIEWER) {
                    List<ValueSource> sources = f.list.get(i).sources();
                    add(sources.size(), sources.size());
                    for (int k = 0, n = sources.size(); k < n; k++) {
                        add(sources.get(k), 0);
                    }
                }
            }
            List<ParameterValue<?>> values = decision.parameterValues();
            int count = values.size();
            add(count, count);
            for (int i = 0; i < count; i++) {
                add(values.get(i), 0);
            }
            if (view == View.REVIEWER) {
                counterfactuals = notes(decision.counterfactuals());
                warnings = notes(decision.warnings());
            } else {
                counterfactuals = List.of();
                warnings = List.of();
            }
            List<MissingParameter> missing = decision.missingParameters();
            add(missing.size(), missing.size());
            for (int i = 0, n = missing.size(); i < n; i++) {
                add(missing.get(i), 0);
            }
            add(decision.policyFingerprint(), 0);
            Payment pay = null;
            if (view == View.CITIZEN
                    && outcome == Outcome.ELIGIBLE
                    && decision.result().orElse(null) instanceof Payment p
                    && p.paidAmount().isPresent()) {
                pay = p;
            }
            payment = pay;
            add(
                    pay == null ? null : pay.paymentPeriod(),
                    pay == null ? 0 : pay.paymentPeriod().ordinal() + 1);
        }

        private void add(Object element, int h) {
            hash = 31 * hash + h;
            Plan p = last;
            if (p != null) {
                ShapeKey kept = p.key;
                if (size < kept.size && same(element, kept.elements[size])) {
                    size++;
                    return;
                }
                differs();
            }
            if (size == elements.length) {
                elements = Arrays.copyOf(elements, size * 2);
            }
            elements[size++] = element;
        }

        /** The elements read so far are the last plan's: from here on they are written. */
        private void differs() {
            Object[] e = new Object[Math.max(48, 2 * size)];
            System.arraycopy(last.key.elements, 0, e, 0, size);
            elements = e;
            last = null;
        }

        /** The plan of this shape: the last one the view used where every element was its key's, else a kept one, or null. */
        Plan plan(Messages m) {
            Plan p = last;
            if (p != null) {
                if (size == p.key.size) {
                    return p;
                }
                differs();
            }
            return m.plans[view.ordinal()].get(this);
        }

        private void names(Object[] keyValues) {
            add(keyValues.length, keyValues.length);
            for (int j = 0; j < keyValues.length; j += 2) {
                // a fact's name is the rule's constant: compared, not hashed (the rules and counts hash the key)
                add(keyValues[j], 0);
            }
        }

        private List<Note> notes(List<Note> notes) {
            int count = notes.size();
            add(count, count);
            for (int i = 0; i < count; i++) {
                Note n = notes.get(i);
                add(n.code(), 0);
                names(n.keyValues());
            }
            return notes;
        }

        /** The facts of a finding or a note, by the source a plan's slot names. */
        Object[] keyValues(byte source, int index) {
            switch (source) {
                case Plan.FINDING:
                    return findings.keyValues(index);
                case Plan.COUNTERFACTUAL:
                    return counterfactuals.get(index).keyValues();
                default:
                    return warnings.get(index).keyValues();
            }
        }

        /** The key as kept with a plan: its elements only. */
        ShapeKey key() {
            return new ShapeKey(Arrays.copyOf(elements, size), size, hash);
        }
    }

    /**
     * A text's shape compiled once: the literal text between the decision's figures merged into
     * chunks, and a slot for each figure (a value of a finding's or a note's facts, the date, a
     * notice's amount). Writing a decision of that shape copies the chunks and writes the figures
     * between them — about 20–40 pieces for a {@code dibao} text instead of 150–250. A plan holds
     * only what its key names (messages' text, the lines written once per citation, value,
     * region or program): no figure of a decision, no personal data.
     */
    static final class Plan {

        // where a slot's value comes from: a finding's facts, a counterfactual's, a warning's
        static final byte FINDING = 0;
        static final byte COUNTERFACTUAL = 1;
        static final byte WARNING = 2;
        // what a slot writes
        static final byte FACT = 0;
        static final byte DATE = 1;
        static final byte AMOUNT = 2;
        // a message written whole, as the values decide (one no bundle defines, or one with a { in a placeholder)
        static final byte WHOLE = 3;
        static final byte WHOLE_CONSTANT = 4;

        /** One figure: what it is, where its value is, and how its placeholder writes it. */
        record Slot(
                byte what,
                byte source,
                int index,
                int at,
                byte kind,
                boolean modeOnly,
                Template template,
                Map<String, Object> values,
                Typed typed) {}

        // the key of the shape it was compiled for (no figure: see ShapeKey)
        final ShapeKey key;
        // chunks[k] precedes slot k: one more chunk than slots
        private final String[] chunks;
        private final Slot[] slots;
        // how long the last text written from the plan was (a hint for the next one's buffer)
        private int length;

        Plan(ShapeKey key, String[] chunks, Slot[] slots) {
            this.key = key;
            this.chunks = chunks;
            this.slots = slots;
            int n = 16 * slots.length;
            for (String c : chunks) {
                n += c.length();
            }
            this.length = n;
        }

        int slotCount() {
            return slots.length;
        }

        /** The decision's text: the chunks with each slot's figure between them. */
        String fill(Reading r, Messages m, Explainer e) {
            Text sb = Text.scratch(length + 16);
            Slot[] s = slots;
            for (int k = 0; k < s.length; k++) {
                String chunk = chunks[k];
                if (!chunk.isEmpty()) {
                    sb.append(chunk);
                }
                e.write(sb, s[k], r, m);
            }
            String last = chunks[s.length];
            if (!last.isEmpty()) {
                sb.append(last);
            }
            length = sb.length();
            return sb.release();
        }
    }

    /** @return every chunk of literal text the kept plans of a language and view hold (what a plan keeps, for tests) */
    List<String> keptChunks(Language lang, View view) {
        List<String> all = new ArrayList<>();
        for (Plan p : messages(lang).plans[view.ordinal()].values()) {
            all.addAll(Arrays.asList(p.chunks));
        }
        return all;
    }

    /**
     * @return every text the kept plans of a language and view hold: their chunks and what their
     *     specialised slots keep (see {@link Typed}), for tests of what a plan keeps
     */
    List<String> keptTexts(Language lang, View view) {
        List<String> all = new ArrayList<>();
        for (Plan p : messages(lang).plans[view.ordinal()].values()) {
            all.addAll(Arrays.asList(p.chunks));
            for (Plan.Slot slot : p.slots) {
                if (slot.typed() != null) {
                    slot.typed().texts(all);
                }
            }
        }
        return all;
    }

    /** @return how many plans a language and view keep */
    int keptPlans(Language lang, View view) {
        return messages(lang).plans[view.ordinal()].size();
    }

    /** Writes one slot's figure, as the message it stands in writes it. */
    private void write(Text sb, Plan.Slot slot, Reading r, Messages m) {
        switch (slot.what()) {
            case Plan.FACT: {
                Object[] kv = r.keyValues(slot.source(), slot.index());
                Object v = kv[slot.at()];
                Typed typed = slot.typed();
                if (typed != null && v != null && v.getClass() == typed.type) {
                    typed(sb, typed, v, m);
                    return;
                }
                // the figures most slots hold, written as format writes them whatever the
                // placeholder's name (a name changes only how a text is meant)
                if (v instanceof Money money) {
                    money(sb, money.fen(), m.zh);
                } else if (v instanceof Integer n) {
                    sb.append(n.intValue());
                } else if (v instanceof LocalDate d) {
                    date(sb, d, m.zh);
                } else {
                    byte kind = slot.kind();
                    value(sb, kind, v, slot.modeOnly(), m, kind == VALUE ? new FactMap(kv) : null);
                }
                return;
            }
            case Plan.DATE:
                // a LocalDate, which neither its placeholder's name nor a mode changes
                date(sb, r.decision.date(), m.zh);
                return;
            case Plan.AMOUNT:
                amount(sb, r.payment, m);
                return;
            case Plan.WHOLE:
                append(sb, slot.template(), m, new FactMap(r.keyValues(slot.source(), slot.index())));
                return;
            default: {
                Map<String, Object> values = new LinkedHashMap<>(slot.values());
                for (Map.Entry<String, Object> v : values.entrySet()) {
                    if (v.getValue() == DATE_SLOT) {
                        v.setValue(r.decision.date());
                    } else if (v.getValue() == AMOUNT_SLOT) {
                        v.setValue(amount(r.payment, m));
                    }
                }
                append(sb, slot.template(), m, values);
            }
        }
    }

    /**
     * How a slot writes the value it met when its plan was compiled, specialised to that value's
     * class: a slot whose value is of that class again writes it straight away (money, a count, a
     * date, a text, an enum constant or a boolean through a table of the words of every constant
     * of its type, a list of {@link Describable} entries through the entry's message compiled
     * once); a value of any other class goes through the general writer ({@link #value}), so a
     * plan compiled for one type writes another type in the same place as ever. A {@code Typed}
     * holds no figure of a decision: its words are those of every constant of a type, its entry's
     * message and fact names are the rule's constants.
     */
    static final class Typed {

        static final byte MONEY = 0;
        static final byte INTEGER = 1;
        static final byte DATE = 2;
        static final byte TEXT = 3;
        // an enum constant (by ordinal) or a boolean (false, true): words of every value of the type
        static final byte WORDS = 4;
        static final byte LIST = 5;

        // the value's exact class: the slot writes a value of this class only
        final Class<?> type;
        final byte how;
        final String[] words;
        // LIST: the entries' exact class, their message key and message, the fact names in order,
        // where each placeholder's value is in the entry's facts (-1: none), and each value's Typed
        final Class<?> entryType;
        final String entryKey;
        final Template entry;
        final Object[] entryNames;
        final int[] entryAt;
        final Typed[] entryValues;

        Typed(Class<?> type, byte how, String[] words) {
            this(type, how, words, null, null, null, null, null, null);
        }

        Typed(
                Class<?> type,
                byte how,
                String[] words,
                Class<?> entryType,
                String entryKey,
                Template entry,
                Object[] entryNames,
                int[] entryAt,
                Typed[] entryValues) {
            this.type = type;
            this.how = how;
            this.words = words;
            this.entryType = entryType;
            this.entryKey = entryKey;
            this.entry = entry;
            this.entryNames = entryNames;
            this.entryAt = entryAt;
            this.entryValues = entryValues;
        }

        /** Every text a Typed holds (its words; its entry's), for what a plan keeps. */
        void texts(List<String> into) {
            if (words != null) {
                into.addAll(Arrays.asList(words));
            }
            if (entryValues != null) {
                for (Typed t : entryValues) {
                    if (t != null) {
                        t.texts(into);
                    }
                }
            }
        }
    }

    /**
     * How a slot whose placeholder is of {@code kind} (and {@code modeOnly}) writes a value of
     * {@code v}'s class, or null where only the general writer does: a value whose class
     * {@link #format} writes in a way the class alone decides, and that neither the placeholder's
     * name ({@link #named} changes texts only) nor a mode (roundings only) changes.
     */
    private Typed typed(Object v, byte kind, boolean modeOnly, Messages m) {
        if (v == null) {
            return null;
        }
        Class<?> type = v.getClass();
        if (type == Money.class) {
            return new Typed(type, Typed.MONEY, null);
        }
        if (type == Integer.class) {
            return new Typed(type, Typed.INTEGER, null);
        }
        if (type == LocalDate.class) {
            return new Typed(type, Typed.DATE, null);
        }
        if (type == String.class) {
            return kind == PLAIN ? new Typed(type, Typed.TEXT, null) : null;
        }
        if (type == Boolean.class) {
            return new Typed(
                    type, Typed.WORDS, new String[] {text(m.valueFalse, m, Map.of()), text(m.valueTrue, m, Map.of())});
        }
        if (v instanceof Enum<?> e && formattedAsEnum(v)) {
            Enum<?>[] constants = e.getDeclaringClass().getEnumConstants();
            String[] words = new String[constants.length];
            for (Enum<?> c : constants) {
                words[c.ordinal()] = m.enumName(c, this);
            }
            return new Typed(type, Typed.WORDS, words);
        }
        if (!(v instanceof Collection<?> c) || !formattedAsCollection(v)) {
            return null;
        }
        Object first = c.isEmpty() ? null : c.iterator().next();
        if (first instanceof Describable d && formattedAsDescribable(d)) {
            String key = d.messageKey();
            Template t = m.byCode(key);
            Map<String, Object> facts = d.messageFacts();
            if (t.missing || t.irregular || !(facts instanceof FactMap)) {
                return null;
            }
            Object[] kv = FactMap.toArray(facts);
            Object[] names = new Object[kv.length / 2];
            for (int j = 0; j < names.length; j++) {
                names[j] = kv[2 * j];
            }
            int[] at = new int[t.names.length];
            Typed[] values = new Typed[t.names.length];
            for (int k = 0; k < at.length; k++) {
                at[k] = -1;
                for (int j = 0; j < kv.length; j += 2) {
                    if (kv[j].equals(t.names[k])) {
                        at[k] = j + 1;
                        values[k] = typed(kv[j + 1], t.kinds[k], t.modeOnly[k], m);
                        break;
                    }
                }
            }
            return new Typed(type, Typed.LIST, null, d.getClass(), key, t, names, at, values);
        }
        // entries of another kind each written by the general writer; an empty collection as ever
        return new Typed(type, Typed.LIST, null, null, null, null, null, null, null);
    }

    /** Whether {@link #format} writes a value of this class as an enum constant (no type it tries first). */
    private static boolean formattedAsEnum(Object v) {
        return !(v instanceof RegionCode
                || v instanceof ParameterKey<?>
                || v instanceof Rounding
                || v instanceof Citation
                || v instanceof Boolean);
    }

    /** Whether {@link #format} writes a value of this class as a collection (no type it tries first). */
    private static boolean formattedAsCollection(Object v) {
        return formattedAsEnum(v) && !(v instanceof Enum<?>) && !(v instanceof Describable);
    }

    /** Whether {@link #format} writes a value of this class through its own message (no type it tries first). */
    private static boolean formattedAsDescribable(Object v) {
        return !(v instanceof Integer
                        || v instanceof String
                        || v instanceof Money
                        || v instanceof LocalDate
                        || v instanceof Enum<?>)
                && formattedAsEnum(v);
    }

    /** Writes a value of a slot's {@link Typed#type} as {@link #format} writes it. */
    private void typed(Text sb, Typed t, Object v, Messages m) {
        switch (t.how) {
            case Typed.MONEY:
                money(sb, ((Money) v).fen(), m.zh);
                return;
            case Typed.INTEGER:
                sb.append(((Integer) v).intValue());
                return;
            case Typed.DATE:
                date(sb, (LocalDate) v, m.zh);
                return;
            case Typed.TEXT:
                sb.append((String) v);
                return;
            case Typed.WORDS:
                sb.append(t.words[v instanceof Boolean b ? (b ? 1 : 0) : ((Enum<?>) v).ordinal()]);
                return;
            default:
                entries(sb, t, (Collection<?>) v, m);
        }
    }

    /**
     * A collection, as {@link #format} writes it: each entry of the class and message compiled
     * (its facts' names the same, in the same order) through that message's literal text and its
     * values' own {@link Typed}; any other entry through the general writer.
     */
    private void entries(Text sb, Typed t, Collection<?> c, Messages m) {
        int start = sb.length();
        for (Object o : c) {
            if (sb.length() > start) {
                sb.append(m.zh ? "、" : ", ");
            }
            if (o == null || o.getClass() != t.entryType) {
                format(sb, o, m);
                continue;
            }
            Describable d = (Describable) o;
            String key = d.messageKey();
            Map<String, Object> facts = d.messageFacts();
            if (key != t.entryKey || !(facts instanceof FactMap) || !sameNames(FactMap.toArray(facts), t.entryNames)) {
                append(sb, m.byCode(key), m, facts);
                continue;
            }
            Object[] kv = FactMap.toArray(facts);
            Template e = t.entry;
            sb.append(e.literals[0]);
            for (int k = 0; k < t.entryAt.length; k++) {
                int at = t.entryAt[k];
                if (at < 0) {
                    sb.append(e.placeholders[k]);
                } else {
                    Object v = kv[at];
                    Typed typed = t.entryValues[k];
                    if (typed != null && v != null && v.getClass() == typed.type) {
                        typed(sb, typed, v, m);
                    } else {
                        value(sb, e.kinds[k], v, e.modeOnly[k], m, facts);
                    }
                }
                sb.append(e.literals[k + 1]);
            }
        }
        if (sb.length() == start) {
            append(sb, m.valueNone, m, Map.of());
        }
    }

    /** Whether an entry's facts have the names compiled, in that order (each the rule's constant). */
    private static boolean sameNames(Object[] kv, Object[] names) {
        if (kv.length != 2 * names.length) {
            return false;
        }
        for (int j = 0; j < names.length; j++) {
            if (kv[2 * j] != names[j]) {
                return false;
            }
        }
        return true;
    }

    /** A notice's amount: {@code 每月1435元}, {@code 1,435.00 yuan a month}. */
    private String amount(Payment pay, Messages m) {
        Text sb = new Text(32);
        amount(sb, pay, m);
        return sb.toString();
    }

    /** Writes a notice's amount (see {@link #amount(Payment, Messages)}) into the text. */
    private void amount(Text sb, Payment pay, Messages m) {
        append(
                sb,
                m.enumMessage("notice.amount.", pay.paymentPeriod()),
                m,
                RuleContext.facts("amount", pay.paidAmount().get()));
    }

    /**
     * A plan being compiled: the layout of a view writes its literal text ({@link #lit}) and its
     * messages ({@link #template} for a finding's or a note's, every value a slot;
     * {@link #constant} for one whose values the key names, written now but for the date's and
     * the amount's slots) into it.
     */
    private final class Shape {

        private final Messages m;
        private final StringBuilder chunk = new StringBuilder(256);
        private final List<String> chunks = new ArrayList<>();
        private final List<Plan.Slot> slots = new ArrayList<>();

        Shape(Messages m) {
            this.m = m;
        }

        Shape lit(String s) {
            chunk.append(s);
            return this;
        }

        Shape lit(char c) {
            chunk.append(c);
            return this;
        }

        Shape lit(int n) {
            chunk.append(n);
            return this;
        }

        private void slot(Plan.Slot slot) {
            chunks.add(chunk.toString());
            chunk.setLength(0);
            slots.add(slot);
        }

        /** A message with the facts of a finding or a note ({@code source}, {@code index}): each value found a slot. */
        void template(Template t, Object[] keyValues, byte source, int index) {
            if (t.missing || t.irregular) {
                slot(new Plan.Slot(Plan.WHOLE, source, index, 0, PLAIN, false, t, null, null));
                return;
            }
            String[] names = t.names;
            lit(t.literals[0]);
            for (int k = 0; k < names.length; k++) {
                // the first value of that name, as FactMap.get finds it
                int at = -1;
                for (int j = 0; j < keyValues.length; j += 2) {
                    if (keyValues[j].equals(names[k])) {
                        at = j + 1;
                        break;
                    }
                }
                if (at >= 0) {
                    slot(new Plan.Slot(
                            Plan.FACT,
                            source,
                            index,
                            at,
                            t.kinds[k],
                            t.modeOnly[k],
                            null,
                            null,
                            typed(keyValues[at], t.kinds[k], t.modeOnly[k], m)));
                } else {
                    lit(t.placeholders[k]);
                }
                lit(t.literals[k + 1]);
            }
        }

        /** A message whose values the key names, written now; the date's and the amount's slots left as slots. */
        void constant(Template t, Map<String, Object> values) {
            boolean slotted = false;
            for (Object v : values.values()) {
                slotted |= v == DATE_SLOT || v == AMOUNT_SLOT;
            }
            if (!slotted) {
                lit(text(t, m, values));
                return;
            }
            if (t.missing || t.irregular) {
                slot(new Plan.Slot(Plan.WHOLE_CONSTANT, Plan.FINDING, 0, 0, PLAIN, false, t, values, null));
                return;
            }
            String[] names = t.names;
            lit(t.literals[0]);
            for (int k = 0; k < names.length; k++) {
                Object v = values.get(names[k]);
                if (v == DATE_SLOT || v == AMOUNT_SLOT) {
                    slot(new Plan.Slot(
                            v == DATE_SLOT ? Plan.DATE : Plan.AMOUNT,
                            Plan.FINDING,
                            0,
                            0,
                            t.kinds[k],
                            t.modeOnly[k],
                            null,
                            null,
                            null));
                } else if (v != null || values.containsKey(names[k])) {
                    Text x = new Text(16);
                    value(x, t.kinds[k], v, t.modeOnly[k], m, values);
                    lit(x.toString());
                } else {
                    lit(t.placeholders[k]);
                }
                lit(t.literals[k + 1]);
            }
        }

        Plan plan(ShapeKey key) {
            List<String> all = new ArrayList<>(chunks);
            all.add(chunk.toString());
            return new Plan(key, all.toArray(String[]::new), slots.toArray(Plan.Slot[]::new));
        }

        /** The text of a plan with no slots (a notice rendered from its record). */
        String whole() {
            if (!slots.isEmpty()) {
                throw new IllegalStateException("a notice's record leaves no figure to a slot");
            }
            return chunk.toString();
        }
    }

    /** How many entries a cache keyed by rule, citation, region or enum constant holds at most. */
    static final int CACHE_LIMIT = 8192;

    /**
     * A message parsed once: its literal text and its placeholders ({@code {name}}, {@code {name:mode}}).
     * A key no bundle defines is a missing template, rendered as the key and its values.
     */
    static final class Template {

        final String key;
        final String text;
        final boolean missing;
        // a placeholder holds a {: rendered by interpret, as the values decide
        final boolean irregular;
        // literals[k] precedes placeholder k; one more literal than placeholders
        final String[] literals;
        final String[] names;
        final boolean[] modeOnly;
        // what each placeholder's value is meant as (Explainer.kind of its name)
        final byte[] kinds;
        // each placeholder as written, for a value not given
        final String[] placeholders;
        // the characters of the literal text (a hint for sizing what is written from the message)
        final int literalLength;

        private Template(
                String key,
                String text,
                boolean missing,
                boolean irregular,
                String[] literals,
                String[] names,
                boolean[] modeOnly,
                String[] placeholders) {
            this.key = key;
            this.text = text;
            this.missing = missing;
            this.irregular = irregular;
            this.literals = literals;
            this.names = names;
            this.modeOnly = modeOnly;
            this.placeholders = placeholders;
            this.kinds = names == null ? null : new byte[names.length];
            int literal = 0;
            for (int k = 0; literals != null && k < literals.length; k++) {
                literal += literals[k].length();
            }
            this.literalLength = literal;
            for (int k = 0; names != null && k < names.length; k++) {
                kinds[k] = kind(names[k]);
            }
        }

        static Template missing(String key) {
            return new Template(key, null, true, false, null, null, null, null);
        }

        /** Parses a message: a {@code {} up to the next {@code }} is a placeholder, any other character text. */
        static Template parse(String key, String text) {
            List<String> literals = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<Boolean> modes = new ArrayList<>();
            List<String> placeholders = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                int close = c == '{' ? text.indexOf('}', i) : -1;
                if (close > i) {
                    String name = text.substring(i + 1, close);
                    if (name.indexOf('{') >= 0) {
                        return new Template(key, text, false, true, null, null, null, null);
                    }
                    boolean modeOnly = name.endsWith(MODE);
                    literals.add(literal.toString());
                    literal.setLength(0);
                    // interned: a value's name in rule code is a constant, found by identity first
                    names.add((modeOnly ? name.substring(0, name.length() - MODE.length()) : name).intern());
                    modes.add(modeOnly);
                    placeholders.add(text.substring(i, close + 1));
                    i = close + 1;
                    continue;
                }
                literal.append(c);
                i++;
            }
            literals.add(literal.toString());
            boolean[] modeOnly = new boolean[modes.size()];
            for (int k = 0; k < modeOnly.length; k++) {
                modeOnly[k] = modes.get(k);
            }
            return new Template(
                    key,
                    text,
                    false,
                    false,
                    literals.toArray(String[]::new),
                    names.toArray(String[]::new),
                    modeOnly,
                    placeholders.toArray(String[]::new));
        }
    }

    /**
     * A map that keeps at most {@link #CACHE_LIMIT} entries and is shared by every thread: beyond
     * the limit a value is computed each time and not kept. Its keys are rules, citations, regions
     * and enum constants, never a decision's values.
     */
    static final class Cache<K, V> {

        private final ConcurrentHashMap<K, V> map = new ConcurrentHashMap<>();

        V get(K key) {
            return map.get(key);
        }

        /** @return the value kept for the key (the first one put, where two threads raced) */
        V put(K key, V value) {
            if (map.size() >= CACHE_LIMIT) {
                V kept = map.get(key);
                return kept != null ? kept : value;
            }
            V before = map.putIfAbsent(key, value);
            return before == null ? value : before;
        }

        int size() {
            return map.size();
        }
    }

    /**
     * A table from objects to what was written for them, found by identity: for the objects every
     * decision of a book hands the explainer again (the snapshot's parameter values, the rules'
     * citations), where an equal key in a {@link Cache} would hash every field of a value on each
     * look-up. At most {@link #SLOTS} entries (a key whose slots are taken is not kept, and is
     * found through the {@link Cache} behind the table); shared by every thread without locks: an
     * entry is immutable, and two threads writing one slot at once lose one entry, not a text.
     */
    static final class IdentityTable<K, V> {

        static final int SLOTS = 1024;
        // how many slots from a key's own a key is looked for in
        private static final int PROBES = 8;

        private record Entry<K, V>(K key, V value) {}

        private final Entry<?, ?>[] slots = new Entry<?, ?>[SLOTS];

        @SuppressWarnings("unchecked")
        V get(K key) {
            int h = System.identityHashCode(key);
            for (int i = 0; i < PROBES; i++) {
                Entry<?, ?> e = slots[(h + i) & (SLOTS - 1)];
                if (e == null) {
                    return null;
                }
                if (e.key == key) {
                    return (V) e.value;
                }
            }
            return null;
        }

        /** @return the value kept for the key (the one given, or one put before) */
        @SuppressWarnings("unchecked")
        V put(K key, V value) {
            int h = System.identityHashCode(key);
            for (int i = 0; i < PROBES; i++) {
                int at = (h + i) & (SLOTS - 1);
                Entry<?, ?> e = slots[at];
                if (e == null) {
                    slots[at] = new Entry<>(key, value);
                    return value;
                }
                if (e.key == key) {
                    return (V) e.value;
                }
            }
            return value;
        }

        int size() {
            int n = 0;
            for (Entry<?, ?> e : slots) {
                n += e == null ? 0 : 1;
            }
            return n;
        }
    }

    /** The messages of one language, parsed once, and what is rendered once per rule, citation, region or constant. */
    private static final class Messages {

        final Language lang;
        final boolean zh;
        final Map<String, Template> templates;
        // how long the last text of each view was, to size the next one's (a hint: races are harmless)
        int reviewLength = 1024;
        int noticeLength = 512;
        // by view (ordinal): the plans of the texts' shapes (see Plan), at most PLAN_LIMIT each
        @SuppressWarnings("unchecked")
        final ConcurrentHashMap<ShapeKey, Plan>[] plans = new ConcurrentHashMap[View.values().length];
        // the messages every text uses, looked up once
        final Template heading;
        final Template context;
        final Template basis;
        final Template source;
        final Template parameter;
        final Template parameterUntil;
        final Template parameterLocal;
        final Template fingerprint;
        final Template noticeHeading;
        final Template noticeApplicant;
        final Template noticeOutcome;
        final Template noticeAmount;
        final Template noticeDate;
        final Template noticeReference;
        final Template valueTrue;
        final Template valueFalse;
        final Template valueNone;
        // a note's code or a describable value's message key → its message (see byCode)
        final IdentityTable<String, Template> codes = new IdentityTable<>();
        // the headings of the reviewer's sections and the notice's lists, each as a line with a
        // blank line before it, written once (see constantLine)
        static final int CONDITIONS = 0;
        static final int PARAMETERS = 1;
        static final int COUNTERFACTUALS = 2;
        static final int WARNINGS = 3;
        static final int REASONS = 4;
        static final int NEXT_STEPS = 5;
        static final int CAUTIONS = 6;
        private static final String[] HEADINGS = {
            "explain.conditions",
            "explain.parameters",
            "explain.counterfactuals",
            "explain.warnings",
            "notice.reasons",
            "notice.next-steps",
            "notice.cautions"
        };
        private final String[] headingLines = new String[HEADINGS.length];
        // by verdict: "  " + the verdict's mark + " "; by outcome: the reviewer's outcome line
        private final String[] verdictLines = new String[Verdict.values().length];
        private final String[] outcomeLines = new String[Outcome.values().length];
        // citation → the line of a finding's legal basis; source → the line of where a value was
        // set; parameter value → its line(s) among the values read
        final Cache<Citation, String> basisLines = new Cache<>();
        final Cache<ValueSource, String> sourceLines = new Cache<>();
        final Cache<ParameterValue<?>, String> parameterLines = new Cache<>();
        // the same lines found by the identity of the citation or the book's value (a decision's
        // rows hold the rule's citation and the snapshot's value objects): no hashing of a value's fields
        final IdentityTable<Citation, String> basisLinesById = new IdentityTable<>();
        final IdentityTable<ParameterValue<?>, String> parameterLinesById = new IdentityTable<>();
        final IdentityTable<ParameterValue<?>, String> valueSourceLines = new IdentityTable<>();
        // program id → its title and the reviewer's heading line written with it
        final Cache<String, String[]> titleLines = new Cache<>();
        // a policy fingerprint (the string Fingerprints keeps) → the reviewer's closing lines
        final IdentityTable<String, String> fingerprintLines = new IdentityTable<>();
        // a citation as written → the line of a reason's legal basis in a notice
        final Cache<String, String> noticeBasisLines = new Cache<>();
        // program and region → the notice's texts that name only the title and the office
        final Cache<NoticeKey, String[]> noticeTexts = new Cache<>();
        final Template[] verdictMarks;
        final Template[] outcomes;
        final Template[] noticeOutcomes;
        // rule id → the rule's message by verdict (ordinal)
        final Cache<String, Template[]> findings = new Cache<>();
        // program id → the program's own review message, or a missing template
        final Cache<String, Template> reviews = new Cache<>();
        // prefix + constant → its message (notice.amount., rounding.mode. …)
        final Cache<Enum<?>, Template>[] enumMessages;
        final Cache<Citation, String> citations = new Cache<>();
        final Cache<RegionCode, String> regions = new Cache<>();
        final Cache<RegionCode, String> offices = new Cache<>();
        // an enum constant through its enum.<Type>.<NAME> message, else its name
        final Cache<Enum<?>, String> enumNames = new Cache<>();
        // the same, found by the constant's identity (no map's hashing)
        final IdentityTable<Enum<?>, String> enumNamesById = new IdentityTable<>();
        // a rounding in words, by unit and mode
        final Cache<String, String> roundings = new Cache<>();
        private final List<String> enumPrefixes = List.of("notice.amount.", "rounding.mode.", "rounding.unit.");

        @SuppressWarnings("unchecked")
        Messages(Language lang, Map<String, Template> templates) {
            this.lang = lang;
            this.zh = lang == Language.ZH;
            this.templates = Map.copyOf(templates);
            this.heading = get("explain.heading");
            this.context = get("explain.context");
            this.basis = get("explain.basis");
            this.source = get("explain.source");
            this.parameter = get("explain.parameter");
            this.parameterUntil = get("explain.parameter.until");
            this.parameterLocal = get("explain.parameter.local");
            this.fingerprint = get("explain.fingerprint");
            this.noticeHeading = get("notice.heading");
            this.noticeApplicant = get("notice.applicant");
            this.noticeOutcome = get("notice.outcome");
            this.noticeAmount = get("notice.amount");
            this.noticeDate = get("notice.date");
            this.noticeReference = get("notice.reference");
            this.valueTrue = get("value.true");
            this.valueFalse = get("value.false");
            this.valueNone = get("value.none");
            this.verdictMarks = byConstant("verdict.mark.", Verdict.values());
            this.outcomes = byConstant("outcome.", Outcome.values());
            this.noticeOutcomes = byConstant("notice.outcome.", Outcome.values());
            for (int i = 0; i < plans.length; i++) {
                plans[i] = new ConcurrentHashMap<>();
            }
            this.enumMessages = new Cache[enumPrefixes.size()];
            for (int i = 0; i < enumMessages.length; i++) {
                enumMessages[i] = new Cache<>();
            }
        }

        /** By view (ordinal): the plan used last, whose key a decision's reading is compared with first (racy, harmless: a plan is immutable). */
        final Plan[] last = new Plan[View.values().length];

        /** Notes the plan a view used last (written only when it changes). */
        void used(View view, Plan plan) {
            if (last[view.ordinal()] != plan) {
                last[view.ordinal()] = plan;
            }
        }

        /** @return the plan kept for its shape in that view (the one given, one put before, or, when full, the one given unkept) */
        Plan keep(View view, ShapeKey key, Plan plan) {
            ConcurrentHashMap<ShapeKey, Plan> kept = plans[view.ordinal()];
            if (kept.size() >= PLAN_LIMIT) {
                return plan;
            }
            Plan before = kept.putIfAbsent(key, plan);
            return before == null ? plan : before;
        }

        private Template[] byConstant(String prefix, Enum<?>[] constants) {
            Template[] t = new Template[constants.length];
            for (Enum<?> c : constants) {
                t[c.ordinal()] = get(prefix + c.name());
            }
            return t;
        }

        Template get(String key) {
            Template t = templates.get(key);
            return t != null ? t : Template.missing(key);
        }

        /**
         * The message of a note's code or a describable value's key: found by the string's
         * identity first (a code is a constant in the rule's code), else as {@link #get}.
         */
        Template byCode(String key) {
            Template t = codes.get(key);
            return t != null ? t : codes.put(key, get(key));
        }

        /** A section's heading as a line, with a blank line before it ({@link #CONDITIONS} …). */
        String constantLine(int heading, Explainer explainer) {
            String line = headingLines[heading];
            if (line == null) {
                line = "\n" + explainer.text(get(HEADINGS[heading]), this, Map.of()) + "\n";
                headingLines[heading] = line;
            }
            return line;
        }

        /** The start of a finding's line in the reviewer's view: its verdict's mark. */
        String verdictLine(Verdict v, Explainer explainer) {
            String line = verdictLines[v.ordinal()];
            if (line == null) {
                line = "  " + explainer.text(verdictMarks[v.ordinal()], this, Map.of()) + " ";
                verdictLines[v.ordinal()] = line;
            }
            return line;
        }

        /** The reviewer's line of what was decided. */
        String outcomeLine(Outcome o, Explainer explainer) {
            String line = outcomeLines[o.ordinal()];
            if (line == null) {
                line = explainer.text(
                                get("explain.outcome"),
                                this,
                                RuleContext.facts("outcome", explainer.text(outcomes[o.ordinal()], this, Map.of())))
                        + "\n";
                outcomeLines[o.ordinal()] = line;
            }
            return line;
        }

        /** The message {@code <rule>.<VERDICT>} of a finding. */
        Template finding(String rule, Verdict verdict) {
            Template[] byVerdict = findings.get(rule);
            if (byVerdict == null) {
                byVerdict = findings.put(rule, byConstant(rule + ".", Verdict.values()));
            }
            return byVerdict[verdict.ordinal()];
        }

        /** The message {@code notice.next.review.<program>}, missing where the program has none. */
        Template review(String program) {
            Template t = reviews.get(program);
            return t != null ? t : reviews.put(program, get("notice.next.review." + program));
        }

        /** The message {@code <prefix><NAME>} of an enum constant, for one of {@link #enumPrefixes}. */
        Template enumMessage(String prefix, Enum<?> constant) {
            Cache<Enum<?>, Template> cache = enumMessages[enumPrefixes.indexOf(prefix)];
            Template t = cache.get(constant);
            return t != null ? t : cache.put(constant, get(prefix + constant.name()));
        }

        String enumName(Enum<?> e, Explainer explainer) {
            String name = enumNamesById.get(e);
            if (name != null) {
                return name;
            }
            name = enumNames.get(e);
            if (name == null) {
                Template t = get("enum." + e.getDeclaringClass().getSimpleName() + "." + e.name());
                name = enumNames.put(e, t.missing ? e.name() : explainer.text(t, this, Map.of()));
            }
            return enumNamesById.put(e, name);
        }

        String rounding(Rounding r, Explainer explainer) {
            String id = r.unit().name() + ":" + r.mode().name();
            String words = roundings.get(id);
            if (words != null) {
                return words;
            }
            words = explainer.text(
                    get("rounding.words"),
                    this,
                    RuleContext.facts(
                            "mode",
                            explainer.text(enumMessage("rounding.mode.", r.mode()), this, Map.of()),
                            "unit",
                            explainer.text(enumMessage("rounding.unit.", r.unit()), this, Map.of())));
            return roundings.put(id, words);
        }
    }
}
