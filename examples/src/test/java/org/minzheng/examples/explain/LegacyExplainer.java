package org.minzheng.examples.explain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.citation.CitationFormat;
import org.minzheng.core.citation.Instrument;
import org.minzheng.core.citation.InstrumentCatalogue;
import org.minzheng.core.decision.*;
import org.minzheng.core.decision.Explainer.View;
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
 * facts, each value written the way a reader writes it ({@link #format(Object, Language)}): money
 * as {@code 1145元} / {@code 1,145.00 yuan}, dates as {@code 2024年12月1日} /
 * {@code 1 December 2024}, a region by its name, a parameter key (a fact named {@code key} or
 * {@code …Key}) by its description, a rounding in words, enums through
 * {@code enum.<Type>.<NAME>} messages. Bundles are read with no fallback to the default locale,
 * so the output never depends on the machine. Thread-safe.
 */
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

    private final Map<Language, List<ResourceBundle>> bundles = new EnumMap<>(Language.class);
    private final InstrumentCatalogue instruments;
    // the programs whose decisions this explainer renders, null for one made from bundle names
    private final ProgramRegistry programs;
    // the book whose regions and parameter keys values are named from, null for one made from bundle names
    private final PolicyBook book;

    private LegacyExplainer(
            Map<String, ClassLoader> baseNames,
            InstrumentCatalogue instruments,
            ProgramRegistry programs,
            PolicyBook book) {
        this.instruments = instruments;
        this.programs = programs;
        this.book = book;
        Map<String, ClassLoader> names = new LinkedHashMap<>(baseNames);
        names.putIfAbsent(CORE_BUNDLE, org.minzheng.core.decision.Explainer.class.getClassLoader());
        for (Language lang : Language.values()) {
            List<ResourceBundle> list = new ArrayList<>();
            for (Map.Entry<String, ClassLoader> name : names.entrySet()) {
                try {
                    list.add(ResourceBundle.getBundle(
                            name.getKey(),
                            lang.locale(),
                            name.getValue(),
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
                } catch (MissingResourceException e) {
                    throw new IllegalArgumentException("Message bundle " + name.getKey() + " not found for " + lang, e);
                }
            }
            bundles.put(lang, list);
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
        String title = p.title().in(lang);
        String office = office(decision.region(), lang);
        Map<String, Object> named = RuleContext.facts("title", title, "office", office);
        String outcome = text("notice.outcome." + decision.outcome().name(), lang, named);
        Optional<String> amount = Optional.empty();
        if (decision.outcome() == Outcome.ELIGIBLE
                && decision.result().orElse(null) instanceof Payment pay
                && pay.paidAmount().isPresent()) {
            amount = Optional.of(text(
                    "notice.amount." + pay.paymentPeriod().name(),
                    lang,
                    RuleContext.facts("amount", pay.paidAmount().get())));
        }
        List<CitizenNotice.Reason> reasons = new ArrayList<>();
        for (Finding f : decision.findings()) {
            if (decides(f.verdict(), decision.outcome())) {
                reasons.add(new CitizenNotice.Reason(finding(f, lang), cite(f.citation(), lang)));
            }
        }
        List<String> next = new ArrayList<>();
        if (decision.outcome() == Outcome.NEEDS_REVIEW) {
            next.add(text("notice.next.needs-review", lang, named));
        } else if (decision.outcome() == Outcome.UNDETERMINED) {
            next.add(text("notice.next.undetermined", lang, named));
        }
        next.add(review(p, lang, named));
        List<String> cautions = new ArrayList<>();
        if (decision.usedIllustrativeValues()) {
            cautions.add(text("notice.caution.illustrative", lang, named));
        }
        for (MissingParameter m : decision.missingParameters()) {
            cautions.add(
                    m.blocksOutcome()
                            ? text("notice.caution.missing", lang, RuleContext.facts("key", m.key()))
                            : text(
                                    "notice.caution.missing.detail",
                                    lang,
                                    RuleContext.facts("key", m.key(), "fields", fields(m, lang))));
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
    private String review(Program<?, ?> p, Language lang, Map<String, Object> named) {
        String own = "notice.next.review." + p.id();
        if (hasMessage(own, lang)) {
            return text(own, lang, named);
        }
        for (Citation c : p.citations()) {
            if (c.instrument().equals(SOCIAL_ASSISTANCE_MEASURES)
                    && instruments.find(SOCIAL_ASSISTANCE_MEASURES).isPresent()) {
                Map<String, Object> facts = new LinkedHashMap<>(named);
                facts.put(
                        "basis", cite(Citation.of(SOCIAL_ASSISTANCE_MEASURES, SOCIAL_ASSISTANCE_REVIEW_ARTICLE), lang));
                return text("notice.next.review.social-assistance", lang, facts);
            }
        }
        return text("notice.next.review", lang, named);
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
     */
    private String office(RegionCode code, Language lang) {
        if (code.level() == RegionLevel.NATION) {
            return text("notice.office.NATION", lang, Map.of());
        }
        Optional<Region> r = region(code);
        if (r.isEmpty()) {
            return text("notice.office.unknown", lang, Map.of());
        }
        String key = code.level() == RegionLevel.PROVINCE && !r.get().nameZh().endsWith("市")
                ? "notice.office.PROVINCE"
                : "notice.office.LOCAL";
        return text(
                key,
                lang,
                RuleContext.facts(
                        "name", lang == Language.ZH ? r.get().nameZh() : r.get().nameEn()));
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
        Language lang = notice.language();
        StringBuilder sb = new StringBuilder(512);
        sb.append(notice.office()).append('\n');
        sb.append(text("notice.heading", lang, RuleContext.facts("title", notice.programTitle())))
                .append('\n');
        notice.applicant()
                .ifPresent(a -> sb.append(text("notice.applicant", lang, RuleContext.facts("applicant", a)))
                        .append('\n'));
        sb.append(text("notice.outcome", lang, RuleContext.facts("outcome", notice.outcome())))
                .append('\n');
        notice.amount()
                .ifPresent(a -> sb.append(text("notice.amount", lang, RuleContext.facts("amount", a)))
                        .append('\n'));
        if (!notice.reasons().isEmpty()) {
            sb.append('\n').append(text("notice.reasons", lang, Map.of())).append('\n');
            int i = 1;
            for (CitizenNotice.Reason r : notice.reasons()) {
                sb.append("  ").append(i++).append(". ").append(r.text()).append('\n');
                sb.append("     ")
                        .append(text("explain.basis", lang, RuleContext.facts("basis", r.basis())))
                        .append('\n');
            }
        }
        list(sb, text("notice.next-steps", lang, Map.of()), notice.nextSteps());
        list(sb, text("notice.cautions", lang, Map.of()), notice.cautions());
        sb.append('\n')
                .append(text("notice.date", lang, RuleContext.facts("date", notice.date())))
                .append('\n');
        sb.append(text("notice.reference", lang, RuleContext.facts("reference", notice.reference())))
                .append('\n');
        return sb.toString();
    }

    private static void list(StringBuilder sb, String heading, List<String> items) {
        if (!items.isEmpty()) {
            sb.append('\n').append(heading).append('\n');
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
        StringBuilder sb = new StringBuilder(512);
        sb.append(text("explain.heading", lang, RuleContext.facts("title", title, "program", decision.program())))
                .append('\n');
        sb.append(text(
                        "explain.context",
                        lang,
                        RuleContext.facts("region", decision.region(), "date", decision.date())))
                .append('\n');
        sb.append(text(
                        "explain.outcome",
                        lang,
                        RuleContext.facts(
                                "outcome", text("outcome." + decision.outcome().name(), lang, Map.of()))))
                .append('\n');
        if (!decision.findings().isEmpty()) {
            sb.append('\n').append(text("explain.conditions", lang, Map.of())).append('\n');
            for (Finding f : decision.findings()) {
                sb.append("  ")
                        .append(text("verdict.mark." + f.verdict().name(), lang, Map.of()))
                        .append(' ')
                        .append(finding(f, lang))
                        .append('\n');
                sb.append("      ")
                        .append(text("explain.basis", lang, RuleContext.facts("basis", cite(f.citation(), lang))))
                        .append('\n');
                for (ValueSource v : f.sources()) {
                    sb.append("      ").append(source(v, lang)).append('\n');
                }
            }
        }
        List<ParameterValue<?>> values = decision.parameterValues();
        if (!values.isEmpty()) {
            sb.append('\n').append(text("explain.parameters", lang, Map.of())).append('\n');
            for (ParameterValue<?> v : values) {
                sb.append("  - ")
                        .append(text(
                                v.until() == null ? "explain.parameter" : "explain.parameter.until",
                                lang,
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
                                        cite(v.citation(), lang))))
                        .append('\n');
                if (book != null && book.isOverlay(v.pack())) {
                    // 本地参数来自…: a value from a local file, not from the data the library ships
                    sb.append("    ")
                            .append(text(
                                    "explain.parameter.local",
                                    lang,
                                    RuleContext.facts("pack", v.pack(), "file", v.source())))
                            .append('\n');
                }
            }
        }
        if (!decision.counterfactuals().isEmpty()) {
            sb.append('\n')
                    .append(text("explain.counterfactuals", lang, Map.of()))
                    .append('\n');
            for (Note n : decision.counterfactuals()) {
                sb.append("  - ").append(text(n.code(), lang, n.facts())).append('\n');
            }
        }
        missing(sb, decision, lang, true);
        missing(sb, decision, lang, false);
        if (!decision.warnings().isEmpty()) {
            sb.append('\n').append(text("explain.warnings", lang, Map.of())).append('\n');
            for (Note n : decision.warnings()) {
                sb.append("  ! ").append(text(n.code(), lang, n.facts())).append('\n');
            }
        }
        sb.append('\n')
                .append(text(
                        "explain.fingerprint", lang, RuleContext.facts("fingerprint", decision.policyFingerprint())))
                .append('\n');
        return sb.toString();
    }

    /**
     * Renders where a value a finding used was set: the one place a finding's sources are written
     * (the key's description, the region that set it, its grade and its citation).
     */
    private String source(ValueSource v, Language lang) {
        return text(
                "explain.source",
                lang,
                RuleContext.facts(
                        "key", v.key(), "source", cite(v.citation(), lang), "region", v.region(), "grade", v.grade()));
    }

    /**
     * Lists the values not configured: first those the outcome waits for, then those that only
     * leave a detail of the result absent (naming the detail).
     */
    private void missing(StringBuilder sb, Decision<?> decision, Language lang, boolean blocking) {
        boolean first = true;
        for (MissingParameter m : decision.missingParameters()) {
            if (m.blocksOutcome() != blocking) {
                continue;
            }
            if (first) {
                sb.append('\n')
                        .append(text(blocking ? "explain.missing" : "explain.missing.details", lang, Map.of()))
                        .append('\n');
                first = false;
            }
            sb.append("  - ")
                    .append(text(
                            blocking ? "explain.missing.item" : "explain.missing.detail-item",
                            lang,
                            RuleContext.facts(
                                    "fields", fields(m, lang), "key", m.key(), "unit", m.unit(), "region", m.region())))
                    .append('\n');
        }
    }

    /** The result fields a missing value leaves absent, by their {@code result.<field>} names. */
    private String fields(MissingParameter m, Language lang) {
        StringBuilder fields = new StringBuilder();
        for (String f : m.absentFields()) {
            if (fields.length() > 0) {
                fields.append(lang == Language.ZH ? "、" : ", ");
            }
            fields.append(hasMessage("result." + f, lang) ? text("result." + f, lang, Map.of()) : f);
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
        return text(finding.messageKey(), lang, finding.facts());
    }

    /**
     * Renders a citation through the one formatter, {@link CitationFormat}: the instrument's
     * reference and the article, as government documents write them in Chinese.
     *
     * @param citation the citation, not null
     * @param lang     the language, not null
     * @return the text
     */
    public String cite(Citation citation, Language lang) {
        Instrument i = instruments.find(citation.instrument()).orElse(null);
        if (i == null) {
            return CitationFormat.unresolved(citation, lang == Language.ZH);
        }
        return lang == Language.ZH
                ? CitationFormat.zh(i, citation.article())
                : CitationFormat.en(i, citation.article());
    }

    /**
     * @param key  a message key, not null
     * @param lang the language, not null
     * @return true if some bundle defines the key in that language
     */
    public boolean hasMessage(String key, Language lang) {
        for (ResourceBundle b : bundles.get(lang)) {
            if (b.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Renders a message with named values. A key no bundle defines renders as the key and its
     * values, so a gap in the bundles is visible rather than silent.
     *
     * <p>Each value is written by {@link #format(Object, Language)}, and by its name: a text in a
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
        String template = null;
        for (ResourceBundle b : bundles.get(lang)) {
            if (b.containsKey(key)) {
                template = b.getString(key);
                break;
            }
        }
        if (template == null) {
            return key + (values.isEmpty() ? "" : " " + values);
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i) {
                String name = template.substring(i + 1, close);
                boolean modeOnly = name.endsWith(":mode");
                String plain = modeOnly ? name.substring(0, name.length() - ":mode".length()) : name;
                if (values.containsKey(plain)) {
                    Object v = named(plain, values.get(plain), values);
                    out.append(
                            modeOnly && v instanceof Rounding r
                                    ? text("rounding.mode." + r.mode().name(), lang, Map.of())
                                    : format(v, lang));
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
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
    private String format(Object value, Language lang) {
        if (value instanceof Money m) {
            return money(m, lang);
        }
        if (value instanceof LocalDate d) {
            return lang == Language.ZH
                    ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日"
                    : d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                            + d.getYear();
        }
        if (value instanceof RegionCode code) {
            Optional<Region> r = region(code);
            if (code.level() == RegionLevel.NATION) {
                return text("region.nation", lang, Map.of());
            }
            return r.map(x -> lang == Language.ZH ? x.nameZh() : x.nameEn()).orElse(code.code());
        }
        if (value instanceof ParameterKey<?> k) {
            return lang == Language.ZH ? k.descriptionZh() : k.descriptionEn();
        }
        if (value instanceof Rounding r) {
            return text(
                    "rounding.words",
                    lang,
                    RuleContext.facts(
                            "mode",
                            text("rounding.mode." + r.mode().name(), lang, Map.of()),
                            "unit",
                            text("rounding.unit." + r.unit().name(), lang, Map.of())));
        }
        if (value instanceof Citation c) {
            return cite(c, lang);
        }
        if (value instanceof Boolean b) {
            return text(b ? "value.true" : "value.false", lang, Map.of());
        }
        if (value instanceof Enum<?> e) {
            String key = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
            return hasMessage(key, lang) ? text(key, lang, Map.of()) : e.name();
        }
        if (value instanceof Describable d) {
            return text(d.messageKey(), lang, d.messageFacts());
        }
        if (value instanceof Collection<?> c) {
            StringBuilder sb = new StringBuilder();
            for (Object o : c) {
                if (sb.length() > 0) {
                    sb.append(lang == Language.ZH ? "、" : ", ");
                }
                sb.append(format(o, lang));
            }
            return sb.length() == 0 ? text("value.none", lang, Map.of()) : sb.toString();
        }
        return String.valueOf(value);
    }

    /** Money as people write it: {@code 1145元}, {@code 343.5元}, {@code 0.02元}; {@code 1,145.00 yuan}. */
    private static String money(Money m, Language lang) {
        BigDecimal yuan = m.toBigDecimal();
        if (lang == Language.ZH) {
            BigDecimal plain = yuan.stripTrailingZeros();
            return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString() + "元";
        }
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(yuan) + " yuan";
    }
}
