package org.minzheng.examples.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.citation.CitationFormat;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.Program;

/**
 * The registered programs as {@code minzheng programs --json} and {@code GET /api/programs} show
 * them: id, titles, the instruments and articles each implements, the parameters it reads and its
 * rules in the order they are decided.
 */
public final class ProgramCatalogue {

    private ProgramCatalogue() {}

    /**
     * One program.
     *
     * @param id         the program id
     * @param titleZh    the Chinese title
     * @param titleEn    the English title
     * @param citations  the instruments and articles it implements
     * @param parameters the parameter keys it reads
     * @param rules      its rules, in the order they are decided
     */
    @JsonPropertyOrder({"id", "titleZh", "titleEn", "citations", "parameters", "rules"})
    public record ProgramInfo(
            String id,
            String titleZh,
            String titleEn,
            List<CitationInfo> citations,
            List<String> parameters,
            List<RuleInfo> rules) {}

    /**
     * A citation with its resolved reference.
     *
     * @param instrument the instrument id
     * @param article    the article
     * @param reference  the citation as a reader recognises it
     */
    @JsonPropertyOrder({"instrument", "article", "reference"})
    public record CitationInfo(String instrument, String article, String reference) {}

    /**
     * One declared rule: {@code quote} is left out where the rule quotes no passage, {@code alsoCites}
     * where it cites no other article.
     *
     * @param id         the rule id
     * @param citation   the article it enforces
     * @param quote      the passage quoted, or null
     * @param alsoCites  other articles it relies on
     * @param verdicts   the verdicts it may record
     * @param parameters the parameter keys it reads
     * @param notes      the notes it may add
     */
    @JsonPropertyOrder({"id", "citation", "quote", "alsoCites", "verdicts", "parameters", "notes"})
    public record RuleInfo(
            String id,
            CitationInfo citation,
            @JsonInclude(JsonInclude.Include.NON_NULL) String quote,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CitationInfo> alsoCites,
            List<String> verdicts,
            List<String> parameters,
            List<String> notes) {}

    /**
     * @param programs the programs, in the order listed
     * @param book     the book whose instruments the citations resolve against
     * @param lang     the language of the references
     * @return each program's description
     */
    public static List<ProgramInfo> infos(
            Collection<? extends Program<?, ?>> programs, PolicyBook book, Language lang) {
        List<ProgramInfo> infos = new ArrayList<>();
        for (Program<?, ?> p : programs) {
            List<CitationInfo> cites = new ArrayList<>();
            for (Citation c : p.citations()) {
                cites.add(citation(book, c, lang));
            }
            List<RuleInfo> rules = new ArrayList<>();
            for (Rule r : p.rules()) {
                List<CitationInfo> also = new ArrayList<>();
                for (Citation c : r.alsoCites()) {
                    also.add(citation(book, c, lang));
                }
                List<String> verdicts = new ArrayList<>();
                for (Verdict v : r.verdicts()) {
                    verdicts.add(v.name());
                }
                rules.add(new RuleInfo(
                        r.id(),
                        citation(book, r.citation(), lang),
                        r.quote(),
                        also,
                        verdicts,
                        names(r.parameters()),
                        r.notes()));
            }
            infos.add(new ProgramInfo(p.id(), p.title().zh(), p.title().en(), cites, names(p.parameters()), rules));
        }
        return infos;
    }

    /**
     * @param book the book whose instruments the citation resolves against
     * @param c    the citation
     * @param lang the language
     * @return the citation as a reader recognises it: the instrument's reference and the article
     */
    public static String cite(PolicyBook book, Citation c, Language lang) {
        return book.instruments()
                .find(c.instrument())
                .map(i -> lang == Language.ZH ? CitationFormat.zh(i, c.article()) : CitationFormat.en(i, c.article()))
                .orElseGet(() -> CitationFormat.unresolved(c, lang == Language.ZH));
    }

    private static CitationInfo citation(PolicyBook book, Citation c, Language lang) {
        return new CitationInfo(c.instrument(), c.article(), cite(book, c, lang));
    }

    private static List<String> names(List<ParameterKey<?>> keys) {
        List<String> names = new ArrayList<>(keys.size());
        for (ParameterKey<?> k : keys) {
            names.add(k.name());
        }
        return names;
    }
}
