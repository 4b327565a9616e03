package org.minzheng.core.decision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.policy.ParameterKey;

/**
 * One condition of a program, as the law states it: its id, the article it enforces (with the
 * passage quoted where the text is at hand), the verdicts it may record, the parameters it reads
 * and the notes (counterfactuals, warnings) it may add. A program lists its rules in the order
 * they are decided ({@link org.minzheng.core.program.Program#rules()}); the policy book, the
 * message checks, the coverage count and the program's parameter list are all read from them.
 *
 * <p>Rules are declared as constants next to the code that decides them and recorded with
 * {@link RuleContext#record(Rule, Verdict, Object...)}. When assertions are enabled (as in every
 * test run) recording a verdict a rule does not declare, or reading a parameter none of the
 * program's rules declares, fails. Rules compare by id. Immutable.
 *
 * <pre>{@code
 * public static final Rule INCOME_BELOW_STANDARD = Rule.builder("dibao.income-below-standard", SA_ART_9)
 *         .quote("共同生活的家庭成员人均收入低于当地最低生活保障标准……")
 *         .verdicts(Verdict.MET, Verdict.NOT_MET)
 *         .reads(EligibilityParameters.DIBAO_STANDARD)
 *         .build();
 * }</pre>
 */
public final class Rule {

    private final String id;
    private final Citation citation;
    private final String quote;
    private final String readingZh;
    private final String readingEn;
    private final Set<Verdict> verdicts;
    private final List<ParameterKey<?>> parameters;
    private final List<String> notes;
    private final List<Citation> alsoCites;
    // the parameters as an identity-compared array: checked on every finding that is read
    private final ParameterKey<?>[] reads;

    private Rule(Rule r, Set<Verdict> verdicts) {
        this.id = r.id;
        this.citation = r.citation;
        this.quote = r.quote;
        this.readingZh = r.readingZh;
        this.readingEn = r.readingEn;
        this.verdicts = Collections.unmodifiableSet(EnumSet.copyOf(verdicts));
        this.parameters = r.parameters;
        this.notes = r.notes;
        this.alsoCites = r.alsoCites;
        this.reads = r.reads;
    }

    private Rule(Builder b) {
        this.id = b.id;
        this.citation = b.citation;
        this.quote = b.quote;
        this.readingZh = b.readingZh;
        this.readingEn = b.readingEn;
        this.verdicts = Collections.unmodifiableSet(EnumSet.copyOf(b.verdicts));
        this.parameters = List.copyOf(b.parameters);
        this.notes = List.copyOf(b.notes);
        this.alsoCites = List.copyOf(b.alsoCites);
        this.reads = parameters.toArray(new ParameterKey<?>[0]);
    }

    /**
     * Starts declaring a rule.
     *
     * @param id       a dotted lower-case id, such as {@code dibao.income-below-standard}, not null
     * @param citation the article the rule enforces, not null
     * @return a builder
     * @throws IllegalArgumentException if the id is not dotted lower-case words
     */
    public static Builder builder(String id, Citation citation) {
        return new Builder(id, citation);
    }

    /** @return the id, part of the public contract (findings and message keys carry it) */
    public String id() {
        return id;
    }

    /** @return the article the rule enforces */
    public Citation citation() {
        return citation;
    }

    /**
     * @return the passage of the article the rule enforces, quoted in the instrument's language,
     *         or null where the text is not at hand (the citation still names the article)
     */
    public String quote() {
        return quote;
    }

    /**
     * How the rule reads a comparison the article states in words, such as 低于 (strictly below: a
     * figure equal to the standard does not qualify) or 以上 (the figure itself included).
     *
     * @param lang the language
     * @return the reading in that language, or null where the rule compares nothing the text leaves
     *         open
     */
    public String reading(Language lang) {
        return lang == Language.ZH ? readingZh : readingEn;
    }

    /** @return the verdicts the rule may record, in {@link Verdict} order */
    public Set<Verdict> verdicts() {
        return verdicts;
    }

    /** @return the parameters the rule reads, in the order declared */
    public List<ParameterKey<?>> parameters() {
        return parameters;
    }

    /** @return the codes of the counterfactuals and warnings the rule may add */
    public List<String> notes() {
        return notes;
    }

    /**
     * @return further articles a finding of this rule may cite instead of {@link #citation()}
     *         (one condition stated in two instruments, such as a national rule and its
     *         provincial restatement), in the order declared
     */
    public List<Citation> alsoCites() {
        return alsoCites;
    }

    /**
     * The same rule as one program can record it: a shared rule (a household's property limits,
     * say) whose verdicts a program reaches only in part declares that part, so that the program
     * never declares an outcome that cannot occur. The program's declaration is the one its
     * decisions are checked against.
     *
     * @param first  a verdict the program can record
     * @param others more
     * @return the rule with only those verdicts (equal to this one: same id)
     * @throws IllegalArgumentException if a verdict is not one this rule declares
     */
    public Rule narrowedTo(Verdict first, Verdict... others) {
        Set<Verdict> set = EnumSet.of(first, others);
        for (Verdict v : set) {
            if (!verdicts.contains(v)) {
                throw new IllegalArgumentException("Rule " + id + " does not declare " + v + " to narrow to");
            }
        }
        return new Rule(this, set);
    }

    /**
     * @param verdict a verdict
     * @return true if the rule may record it
     */
    public boolean mayRecord(Verdict verdict) {
        return verdicts.contains(verdict);
    }

    /**
     * @param key a parameter key
     * @return true if the rule declares that it reads the key
     */
    public boolean reads(ParameterKey<?> key) {
        for (ParameterKey<?> k : reads) {
            if (k == key || k.equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param c a citation
     * @return true if findings of this rule may cite it: the rule's citation or one it also cites
     */
    public boolean cites(Citation c) {
        return citation.equals(c) || alsoCites.contains(c);
    }

    /**
     * @param verdict a verdict the rule records
     * @return the message key of a finding with that verdict, {@code id.VERDICT}
     */
    public String messageKey(Verdict verdict) {
        return id + "." + verdict.name();
    }

    /** @return every message key the rule needs: one per verdict, then its notes */
    public List<String> messageKeys() {
        List<String> keys = new ArrayList<>(verdicts.size() + notes.size());
        for (Verdict v : verdicts) {
            keys.add(messageKey(v));
        }
        keys.addAll(notes);
        return keys;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rule r && r.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** @return the id */
    @Override
    public String toString() {
        return id;
    }

    /** Declares a rule. Not thread-safe; used once, in a static initialiser. */
    public static final class Builder {

        private final String id;
        private final Citation citation;
        private String quote;
        private String readingZh;
        private String readingEn;
        private final Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
        private final Set<ParameterKey<?>> parameters = new LinkedHashSet<>();
        private final Set<String> notes = new LinkedHashSet<>();
        private final Set<Citation> alsoCites = new LinkedHashSet<>();

        private Builder(String id, Citation citation) {
            Objects.requireNonNull(id, "id");
            if (!ParameterKey.isDottedName(id)) {
                throw new IllegalArgumentException("Rule id must be dotted lower-case words: '" + id + "'");
            }
            this.id = id;
            this.citation = Objects.requireNonNull(citation, "citation");
        }

        /**
         * @param text the passage of the article, quoted as the instrument words it, not blank
         * @return this builder
         */
        public Builder quote(String text) {
            Objects.requireNonNull(text, "text");
            if (text.isBlank()) {
                throw new IllegalArgumentException("Rule " + id + ": quote is blank");
            }
            this.quote = text;
            return this;
        }

        /**
         * States how the rule reads a comparison the article words, in both languages, such as
         * {@code "“低于”指严格小于：与标准持平不符合"} / {@code "below means strictly below: equal to the
         * standard does not qualify"}.
         *
         * @param zh the reading in Chinese, not blank
         * @param en the reading in English, not blank
         * @return this builder
         */
        public Builder reading(String zh, String en) {
            Objects.requireNonNull(zh, "zh");
            Objects.requireNonNull(en, "en");
            if (zh.isBlank() || en.isBlank()) {
                throw new IllegalArgumentException("Rule " + id + ": reading is blank");
            }
            this.readingZh = zh;
            this.readingEn = en;
            return this;
        }

        /**
         * @param first  a verdict the rule may record
         * @param others more verdicts
         * @return this builder
         */
        public Builder verdicts(Verdict first, Verdict... others) {
            verdicts.add(Objects.requireNonNull(first, "first"));
            for (Verdict v : others) {
                verdicts.add(Objects.requireNonNull(v, "verdict"));
            }
            return this;
        }

        /**
         * @param keys parameters the rule reads (the program's parameter list is made of them)
         * @return this builder
         */
        public Builder reads(ParameterKey<?>... keys) {
            for (ParameterKey<?> k : keys) {
                parameters.add(Objects.requireNonNull(k, "key"));
            }
            return this;
        }

        /**
         * @param keys parameters the rule reads
         * @return this builder
         */
        public Builder reads(List<? extends ParameterKey<?>> keys) {
            for (ParameterKey<?> k : keys) {
                parameters.add(Objects.requireNonNull(k, "key"));
            }
            return this;
        }

        /**
         * @param codes message codes of the counterfactuals and warnings the rule may add
         * @return this builder
         */
        public Builder notes(String... codes) {
            for (String c : codes) {
                notes.add(Objects.requireNonNull(c, "code"));
            }
            return this;
        }

        /**
         * @param citations further articles a finding of the rule may cite instead of its own
         * @return this builder
         */
        public Builder alsoCites(Citation... citations) {
            for (Citation c : citations) {
                alsoCites.add(Objects.requireNonNull(c, "citation"));
            }
            return this;
        }

        /**
         * @return the rule
         * @throws IllegalStateException if no verdict is declared
         */
        public Rule build() {
            if (verdicts.isEmpty()) {
                throw new IllegalStateException("Rule " + id + " declares no verdict");
            }
            return new Rule(this);
        }
    }
}
