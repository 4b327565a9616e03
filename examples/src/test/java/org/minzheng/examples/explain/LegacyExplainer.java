package org.minzheng.examples.explain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
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
import org.minzheng.core.decision.CitizenNotice;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Describable;
import org.minzheng.core.decision.Explainer.View;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.MissingParameter;
import org.minzheng.core.decision.NamedApplicant;
import org.minzheng.core.decision.Note;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Payment;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.ValueSource;
import org.minzheng.core.decision.Verdict;
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
 * The explainer as it was before session 7's second pass (a copy of {@code core.decision.Explainer}
 * at 09b59d6, renamed): the reference {@link ExplanationEquivalenceTest} compares the explainer
 * against. It goes once the equivalence has passed on the final code.
 */
@SuppressWarnings("all")
final class LegacyExplainer {

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

    private LegacyExplainer(
            Map<String, ClassLoader> baseNames,
            InstrumentCatalogue instruments,
            ProgramRegistry programs,
            PolicyBook book) {
        this.instruments = instruments;
        this.programs = programs;
        this.book = book;
        Map<String, ClassLoader> names = new LinkedHashMap<>(baseNames);
        names.putIfAbsent(CORE_BUNDLE, LegacyExplainer.class.getClassLoader());
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
    public static LegacyExplainer of(ProgramRegistry programs, PolicyBook book) {
        Map<String, ClassLoader> names = new LinkedHashMap<>();
        for (Program<?, ?> p : programs.all()) {
            names.putIfAbsent(p.messageBundle(), p.getClass().getClassLoader());
        }
        Objects.requireNonNull(book, "book");
        return new LegacyExplainer(names, book.instruments(), programs, book);
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
    public static LegacyExplainer of(
            Collection<String> baseNames, ClassLoader loader, InstrumentCatalogue instruments) {
        Objects.requireNonNull(loader, "loader");
        Map<String, ClassLoader> names = new LinkedHashMap<>();
        for (String n : baseNames) {
            names.put(n, loader);
        }
        return new LegacyExplainer(names, Objects.requireNonNull(instruments), null, null);
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
                ? render(notice(decision, lang))
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
        String title = p.title().in(lang);
        String office = office(decision.region(), m);
        Map<String, Object> named = RuleContext.facts("title", title, "office", office);
        String outcome = text(m.noticeOutcomes[decision.outcome().ordinal()], m, named);
        Optional<String> amount = Optional.empty();
        if (decision.outcome() == Outcome.ELIGIBLE
                && decision.result().orElse(null) instanceof Payment pay
                && pay.paidAmount().isPresent()) {
            amount = Optional.of(text(
                    m.enumMessage("notice.amount.", pay.paymentPeriod()),
                    m,
                    RuleContext.facts("amount", pay.paidAmount().get())));
        }
        List<CitizenNotice.Reason> reasons = new ArrayList<>();
        for (Finding f : decision.findings()) {
            if (decides(f.verdict(), decision.outcome())) {
                reasons.add(new CitizenNotice.Reason(
                        text(m.finding(f.rule(), f.verdict()), m, f.facts()), cite(f.citation(), m)));
            }
        }
        List<String> next = new ArrayList<>(2);
        if (decision.outcome() == Outcome.NEEDS_REVIEW) {
            next.add(text(m.get("notice.next.needs-review"), m, named));
        } else if (decision.outcome() == Outcome.UNDETERMINED) {
            next.add(text(m.get("notice.next.undetermined"), m, named));
        }
        next.add(review(p, m, named));
        List<String> cautions = new ArrayList<>();
        if (decision.usedIllustrativeValues()) {
            cautions.add(text(m.get("notice.caution.illustrative"), m, named));
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
        return new CitizenNotice(
                lang,
                office,
                title,
                applicant(facts),
                outcome,
                amount,
                reasons,
                next,
                cautions,
                decision.date(),
                decision.policyFingerprint().substring(0, REFERENCE_LENGTH));
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
        StringBuilder sb = builder(m.noticeLength + 128, m.zh);
        sb.append(notice.office()).append('\n');
        append(sb, m.get("notice.heading"), m, RuleContext.facts("title", notice.programTitle()));
        sb.append('\n');
        if (notice.applicant().isPresent()) {
            append(
                    sb,
                    m.get("notice.applicant"),
                    m,
                    RuleContext.facts("applicant", notice.applicant().get()));
            sb.append('\n');
        }
        append(sb, m.get("notice.outcome"), m, RuleContext.facts("outcome", notice.outcome()));
        sb.append('\n');
        if (notice.amount().isPresent()) {
            append(
                    sb,
                    m.get("notice.amount"),
                    m,
                    RuleContext.facts("amount", notice.amount().get()));
            sb.append('\n');
        }
        if (!notice.reasons().isEmpty()) {
            sb.append('\n');
            append(sb, m.get("notice.reasons"), m, Map.of());
            sb.append('\n');
            int i = 1;
            Template basis = m.get("explain.basis");
            for (CitizenNotice.Reason r : notice.reasons()) {
                sb.append("  ").append(i++).append(". ").append(r.text()).append('\n');
                sb.append("     ");
                append(sb, basis, m, RuleContext.facts("basis", r.basis()));
                sb.append('\n');
            }
        }
        list(sb, m.get("notice.next-steps"), m, notice.nextSteps());
        list(sb, m.get("notice.cautions"), m, notice.cautions());
        sb.append('\n');
        append(sb, m.get("notice.date"), m, RuleContext.facts("date", notice.date()));
        sb.append('\n');
        append(sb, m.get("notice.reference"), m, RuleContext.facts("reference", notice.reference()));
        sb.append('\n');
        m.noticeLength = sb.length();
        return sb.toString();
    }

    private void list(StringBuilder sb, Template heading, Messages m, List<String> items) {
        if (!items.isEmpty()) {
            sb.append('\n');
            append(sb, heading, m, Map.of());
            sb.append('\n');
            for (String s : items) {
                sb.append("  - ").append(s).append('\n');
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
        StringBuilder sb = builder(m.reviewLength + 256, m.zh);
        append(sb, m.get("explain.heading"), m, RuleContext.facts("title", title, "program", decision.program()));
        sb.append('\n');
        append(
                sb,
                m.get("explain.context"),
                m,
                RuleContext.facts("region", decision.region(), "date", decision.date()));
        sb.append('\n');
        append(
                sb,
                m.get("explain.outcome"),
                m,
                RuleContext.facts("outcome", text(m.outcomes[decision.outcome().ordinal()], m, Map.of())));
        sb.append('\n');
        List<Finding> findings = decision.findings();
        if (!findings.isEmpty()) {
            sb.append('\n');
            append(sb, m.get("explain.conditions"), m, Map.of());
            sb.append('\n');
            Template basis = m.get("explain.basis");
            for (Finding f : findings) {
                sb.append("  ");
                append(sb, m.verdictMarks[f.verdict().ordinal()], m, Map.of());
                sb.append(' ');
                append(sb, m.finding(f.rule(), f.verdict()), m, f.facts());
                sb.append('\n');
                sb.append("      ");
                append(sb, basis, m, RuleContext.facts("basis", cite(f.citation(), m)));
                sb.append('\n');
                for (ValueSource v : f.sources()) {
                    sb.append("      ");
                    source(sb, v, m);
                    sb.append('\n');
                }
            }
        }
        List<ParameterValue<?>> values = decision.parameterValues();
        if (!values.isEmpty()) {
            sb.append('\n');
            append(sb, m.get("explain.parameters"), m, Map.of());
            sb.append('\n');
            for (ParameterValue<?> v : values) {
                sb.append("  - ");
                append(
                        sb,
                        m.get(v.until() == null ? "explain.parameter" : "explain.parameter.until"),
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
                    append(
                            sb,
                            m.get("explain.parameter.local"),
                            m,
                            RuleContext.facts("pack", v.pack(), "file", v.source()));
                    sb.append('\n');
                }
            }
        }
        List<Note> counterfactuals = decision.counterfactuals();
        if (!counterfactuals.isEmpty()) {
            sb.append('\n');
            append(sb, m.get("explain.counterfactuals"), m, Map.of());
            sb.append('\n');
            for (Note n : counterfactuals) {
                sb.append("  - ");
                append(sb, m.get(n.code()), m, n.facts());
                sb.append('\n');
            }
        }
        missing(sb, decision, m, true);
        missing(sb, decision, m, false);
        List<Note> warnings = decision.warnings();
        if (!warnings.isEmpty()) {
            sb.append('\n');
            append(sb, m.get("explain.warnings"), m, Map.of());
            sb.append('\n');
            for (Note n : warnings) {
                sb.append("  ! ");
                append(sb, m.get(n.code()), m, n.facts());
                sb.append('\n');
            }
        }
        sb.append('\n');
        append(sb, m.get("explain.fingerprint"), m, RuleContext.facts("fingerprint", decision.policyFingerprint()));
        sb.append('\n');
        m.reviewLength = sb.length();
        return sb.toString();
    }

    /**
     * Renders where a value a finding used was set: the one place a finding's sources are written
     * (the key's description, the region that set it, its grade and its citation).
     */
    private void source(StringBuilder sb, ValueSource v, Messages m) {
        append(
                sb,
                m.get("explain.source"),
                m,
                RuleContext.facts(
                        "key", v.key(), "source", cite(v.citation(), m), "region", v.region(), "grade", v.grade()));
    }

    /**
     * Lists the values not configured: first those the outcome waits for, then those that only
     * leave a detail of the result absent (naming the detail).
     */
    private void missing(StringBuilder sb, Decision<?> decision, Messages m, boolean blocking) {
        boolean first = true;
        for (MissingParameter mp : decision.missingParameters()) {
            if (mp.blocksOutcome() != blocking) {
                continue;
            }
            if (first) {
                sb.append('\n');
                append(sb, m.get(blocking ? "explain.missing" : "explain.missing.details"), m, Map.of());
                sb.append('\n');
                first = false;
            }
            sb.append("  - ");
            append(
                    sb,
                    m.get(blocking ? "explain.missing.item" : "explain.missing.detail-item"),
                    m,
                    RuleContext.facts(
                            "fields", fields(mp, m), "key", mp.key(), "unit", mp.unit(), "region", mp.region()));
            sb.append('\n');
        }
    }

    /** The result fields a missing value leaves absent, by their {@code result.<field>} names. */
    private String fields(MissingParameter mp, Messages m) {
        StringBuilder fields = new StringBuilder();
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
        StringBuilder sb = builder(t.text.length() + 32, t.utf16);
        append(sb, t, m, values);
        return sb.toString();
    }

    /**
     * A builder for a text of about {@code capacity} characters; for a text in Chinese, one that
     * holds two-byte characters from the start (a builder starts with one-byte characters and
     * copies itself into two-byte ones at the first Chinese character otherwise).
     */
    private static StringBuilder builder(int capacity, boolean utf16) {
        if (!utf16) {
            return new StringBuilder(capacity);
        }
        StringBuilder sb = new StringBuilder(UTF16);
        sb.ensureCapacity(capacity);
        sb.setLength(0);
        return sb;
    }

    // one character outside Latin-1: a builder made from it holds two-byte characters
    private static final String UTF16 = "文";

    /** Writes a message with its named values into {@code sb}: the one place a message is rendered. */
    private void append(StringBuilder sb, Template t, Messages m, Map<String, Object> values) {
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
                value(sb, name, v, t.modeOnly[k], m, values);
            } else {
                sb.append(t.placeholders[k]);
            }
            sb.append(t.literals[k + 1]);
        }
    }

    /** Writes one named value: as its name says it is meant, only the mode of a rounding for {@code {name:mode}}. */
    private void value(
            StringBuilder sb, String name, Object value, boolean modeOnly, Messages m, Map<String, Object> values) {
        Object v = named(name, value, values);
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
    private void interpret(StringBuilder out, String template, Messages m, Map<String, Object> values) {
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i) {
                String name = template.substring(i + 1, close);
                boolean modeOnly = name.endsWith(MODE);
                String plain = modeOnly ? name.substring(0, name.length() - MODE.length()) : name;
                if (values.containsKey(plain)) {
                    value(out, plain, values.get(plain), modeOnly, m, values);
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
    private Object named(String name, Object value, Map<String, Object> values) {
        if (!(value instanceof String s)) {
            return value;
        }
        if (name.equals("key") || name.endsWith("Key")) {
            Optional<ParameterKey<?>> k = key(s);
            return k.isPresent() ? k.get() : value;
        }
        if (name.equals("value") && values.get("key") instanceof String keyName) {
            Optional<ParameterKey<?>> k = key(keyName);
            if (k.isPresent()) {
                try {
                    return k.get().type().parse(s);
                } catch (IllegalArgumentException e) {
                    return value;
                }
            }
            return value;
        }
        if (name.equals("instrument") && instruments.find(s).isPresent()) {
            return Citation.of(s, null);
        }
        if (name.equals("rounding") || name.endsWith("Rounding")) {
            try {
                return Rounding.parse(s);
            } catch (IllegalArgumentException e) {
                return value;
            }
        }
        return value;
    }

    private Optional<ParameterKey<?>> key(String name) {
        return book == null ? Optional.empty() : book.key(name);
    }

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
    private void format(StringBuilder sb, Object value, Messages m) {
        if (value instanceof Money money) {
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
            append(sb, m.get(b ? "value.true" : "value.false"), m, Map.of());
        } else if (value instanceof Enum<?> e) {
            sb.append(m.enumName(e, this));
        } else if (value instanceof Describable d) {
            append(sb, m.get(d.messageKey()), m, d.messageFacts());
        } else if (value instanceof Collection<?> c) {
            int start = sb.length();
            for (Object o : c) {
                if (sb.length() > start) {
                    sb.append(m.zh ? "、" : ", ");
                }
                format(sb, o, m);
            }
            if (sb.length() == start) {
                append(sb, m.get("value.none"), m, Map.of());
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
    static void money(StringBuilder sb, long fen, boolean zh) {
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
        if (fen < 0) {
            sb.append('-');
        }
        long a = Math.abs(fen);
        long yuan = a / 100;
        int cents = (int) (a % 100);
        if (zh) {
            sb.append(yuan);
            if (cents != 0) {
                sb.append('.');
                if (cents % 10 == 0) {
                    sb.append(cents / 10);
                } else {
                    sb.append((char) ('0' + cents / 10)).append((char) ('0' + cents % 10));
                }
            }
            sb.append('元');
            return;
        }
        grouped(sb, yuan);
        sb.append('.')
                .append((char) ('0' + cents / 10))
                .append((char) ('0' + cents % 10))
                .append(" yuan");
    }

    /** A whole number with its thousands grouped by commas: 1,145. */
    private static void grouped(StringBuilder sb, long n) {
        if (n < 1000) {
            sb.append(n);
            return;
        }
        grouped(sb, n / 1000);
        int rest = (int) (n % 1000);
        sb.append(',');
        if (rest < 100) {
            sb.append('0');
        }
        if (rest < 10) {
            sb.append('0');
        }
        sb.append(rest);
    }

    /** A date as people write it: {@code 2024年12月1日}, {@code 1 December 2024}. */
    static void date(StringBuilder sb, LocalDate d, boolean zh) {
        if (zh) {
            sb.append(d.getYear())
                    .append('年')
                    .append(d.getMonthValue())
                    .append('月')
                    .append(d.getDayOfMonth())
                    .append('日');
        } else {
            sb.append(d.getDayOfMonth())
                    .append(' ')
                    .append(MONTHS[d.getMonthValue() - 1])
                    .append(' ')
                    .append(d.getYear());
        }
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
        // each placeholder as written, for a value not given
        final String[] placeholders;
        // the text has characters outside Latin-1 (Chinese): rendered into a two-byte builder
        final boolean utf16;

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
            this.utf16 = text != null && !latin1(text);
        }

        private static boolean latin1(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) > 0xFF) {
                    return false;
                }
            }
            return true;
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
                    names.add(modeOnly ? name.substring(0, name.length() - MODE.length()) : name);
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

    /** The messages of one language, parsed once, and what is rendered once per rule, citation, region or constant. */
    private static final class Messages {

        final boolean zh;
        final Map<String, Template> templates;
        // the length of the last text of each view, to size the next one's builder (a hint: races are harmless)
        int reviewLength = 2048;
        int noticeLength = 512;
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
        // a rounding in words, by unit and mode
        final Cache<String, String> roundings = new Cache<>();
        private final List<String> enumPrefixes = List.of("notice.amount.", "rounding.mode.", "rounding.unit.");

        @SuppressWarnings("unchecked")
        Messages(Language lang, Map<String, Template> templates) {
            this.zh = lang == Language.ZH;
            this.templates = Map.copyOf(templates);
            this.verdictMarks = byConstant("verdict.mark.", Verdict.values());
            this.outcomes = byConstant("outcome.", Outcome.values());
            this.noticeOutcomes = byConstant("notice.outcome.", Outcome.values());
            this.enumMessages = new Cache[enumPrefixes.size()];
            for (int i = 0; i < enumMessages.length; i++) {
                enumMessages[i] = new Cache<>();
            }
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

        String enumName(Enum<?> e, LegacyExplainer explainer) {
            String name = enumNames.get(e);
            if (name != null) {
                return name;
            }
            Template t = get("enum." + e.getDeclaringClass().getSimpleName() + "." + e.name());
            return enumNames.put(e, t.missing ? e.name() : explainer.text(t, this, Map.of()));
        }

        String rounding(Rounding r, LegacyExplainer explainer) {
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
