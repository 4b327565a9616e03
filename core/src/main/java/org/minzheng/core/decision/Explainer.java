package org.minzheng.core.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.citation.CitationFormat;
import org.minzheng.core.citation.Instrument;
import org.minzheng.core.citation.InstrumentCatalogue;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;

/**
 * Renders decisions, findings and notes as text in zh-CN or English from message bundles.
 *
 * <p>A message is a template with {@code {name}} placeholders filled from the finding's named
 * facts; money is written {@code 1145.00 元} / {@code 1145.00 yuan}, enums through
 * {@code enum.<Type>.<NAME>} messages. Bundles are read with no fallback to the default locale,
 * so the output never depends on the machine. Thread-safe.
 */
public final class Explainer {

    private static final String CORE_BUNDLE = "org.minzheng.core.messages";

    private final Map<Language, List<ResourceBundle>> bundles = new EnumMap<>(Language.class);
    private final InstrumentCatalogue instruments;
    // the programs whose decisions this explainer renders, null for one made from bundle names
    private final ProgramRegistry programs;

    private Explainer(Map<String, ClassLoader> baseNames, InstrumentCatalogue instruments, ProgramRegistry programs) {
        this.instruments = instruments;
        this.programs = programs;
        Map<String, ClassLoader> names = new java.util.LinkedHashMap<>(baseNames);
        names.putIfAbsent(CORE_BUNDLE, Explainer.class.getClassLoader());
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
     * found with its program's class loader) and the book's instruments.
     *
     * <pre>{@code
     * Explainer explainer = Explainer.of(ProgramRegistry.loadDefault(), PolicyBook.loadDefault());
     * String text = explainer.explain(decision, Language.ZH);
     * }</pre>
     *
     * @param programs the programs, not null
     * @param book     the policy book whose instruments citations resolve against, not null
     * @return the explainer
     * @throws IllegalArgumentException if a program's bundle is missing
     */
    public static Explainer of(ProgramRegistry programs, PolicyBook book) {
        Map<String, ClassLoader> names = new java.util.LinkedHashMap<>();
        for (Program<?, ?> p : programs.all()) {
            names.putIfAbsent(p.messageBundle(), p.getClass().getClassLoader());
        }
        return new Explainer(names, Objects.requireNonNull(book, "book").instruments(), programs);
    }

    /**
     * Renders a whole decision for a reader (see {@link #explain(Decision, String, Language)}),
     * titled with its program's title.
     *
     * @param decision a decision of one of the explainer's programs, not null
     * @param lang     the language, not null
     * @return the text, lines separated by {@code \n}
     * @throws IllegalStateException    if the explainer was made from bundle names, without programs
     * @throws IllegalArgumentException if the decision's program is not one of the explainer's
     */
    public String explain(Decision<?> decision, Language lang) {
        if (programs == null) {
            throw new IllegalStateException("made without programs: use Explainer.of(ProgramRegistry, PolicyBook)");
        }
        Program<?, ?> p = programs.find(decision.program())
                .orElseThrow(() -> new IllegalArgumentException(
                        "program " + decision.program() + " is not one of this explainer's"));
        return explain(decision, p.title().in(lang), lang);
    }

    /**
     * The citizen's notice of a decision (群众版). COORDINATION PLACEHOLDER: the citizen view
     * replaces this body before the change lands.
     *
     * @param decision a decision of one of the explainer's programs, not null
     * @param lang     the language, not null
     * @return the notice
     */
    public CitizenNotice notice(Decision<?> decision, Language lang) {
        throw new UnsupportedOperationException("the citizen view is being built");
    }

    /**
     * Obtains an explainer over the given message bundles (and the core bundle), without programs:
     * for checking and rendering a bundle's messages (tests of message bundles). To explain
     * decisions, use {@link #of(ProgramRegistry, PolicyBook)}.
     *
     * @param baseNames   bundle base names such as {@code org.minzheng.eligibility.messages}
     * @param loader      the class loader to find them with, not null
     * @param instruments the catalogue citations resolve against, not null
     * @return the explainer
     * @throws IllegalArgumentException if a bundle is missing
     */
    public static Explainer of(Collection<String> baseNames, ClassLoader loader, InstrumentCatalogue instruments) {
        Objects.requireNonNull(loader, "loader");
        Map<String, ClassLoader> names = new java.util.LinkedHashMap<>();
        for (String n : baseNames) {
            names.put(n, loader);
        }
        return new Explainer(names, Objects.requireNonNull(instruments), null);
    }

    /**
     * Renders a whole decision for a reader: what was decided, each condition with its numbers
     * and legal basis, what would change the outcome, warnings, missing parameters.
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
                    sb.append("      ")
                            .append(text(
                                    "explain.source",
                                    lang,
                                    RuleContext.facts(
                                            "key",
                                            v.key(),
                                            "source",
                                            cite(v.citation(), lang),
                                            "region",
                                            v.region(),
                                            "grade",
                                            v.grade())))
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
            if (blocking) {
                sb.append("  - ")
                        .append(text(
                                "explain.missing.item",
                                lang,
                                RuleContext.facts("key", m.key(), "unit", m.unit(), "region", m.region())))
                        .append('\n');
            } else {
                StringBuilder fields = new StringBuilder();
                for (String f : m.absentFields()) {
                    if (fields.length() > 0) {
                        fields.append(lang == Language.ZH ? "、" : ", ");
                    }
                    fields.append(hasMessage("result." + f, lang) ? text("result." + f, lang, Map.of()) : f);
                }
                sb.append("  - ")
                        .append(text(
                                "explain.missing.detail-item",
                                lang,
                                RuleContext.facts(
                                        "fields",
                                        fields.toString(),
                                        "key",
                                        m.key(),
                                        "unit",
                                        m.unit(),
                                        "region",
                                        m.region())))
                        .append('\n');
            }
        }
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
                if (values.containsKey(name)) {
                    out.append(format(values.get(name), lang));
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private String format(Object value, Language lang) {
        if (value instanceof Money m) {
            return lang == Language.ZH ? m + " 元" : m + " yuan";
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
        if (value instanceof LocalDate d) {
            return d.toString();
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
}
