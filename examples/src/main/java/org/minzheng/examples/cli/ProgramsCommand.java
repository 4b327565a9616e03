package org.minzheng.examples.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.Program;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code minzheng programs}: every registered program with its title, legal basis and declared
 * rules (each with the article it enforces, the passage quoted, the verdicts it may record, the
 * parameters it reads and the notes it may add), all read from {@link Program#rules()}.
 */
@Command(
        name = "programs",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "List every registered program: id, title (zh/en), the instruments and articles it implements, the parameters it reads,",
            "and its rules in the order they are decided: id, article (quoted where the text is at hand), verdicts, parameters, notes."
        })
final class ProgramsCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    /** One program, as printed with {@code --json}. */
    @JsonPropertyOrder({"id", "titleZh", "titleEn", "citations", "parameters", "rules"})
    record ProgramInfo(
            String id,
            String titleZh,
            String titleEn,
            List<CitationInfo> citations,
            List<String> parameters,
            List<RuleInfo> rules) {}

    /** A citation with its resolved reference. */
    @JsonPropertyOrder({"instrument", "article", "reference"})
    record CitationInfo(String instrument, String article, String reference) {}

    /**
     * One declared rule: {@code quote} is left out where the rule quotes no passage, {@code alsoCites}
     * where it cites no other article.
     */
    @JsonPropertyOrder({"id", "citation", "quote", "alsoCites", "verdicts", "parameters", "notes"})
    record RuleInfo(
            String id,
            CitationInfo citation,
            @JsonInclude(JsonInclude.Include.NON_NULL) String quote,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CitationInfo> alsoCites,
            List<String> verdicts,
            List<String> parameters,
            List<String> notes) {}

    @Override
    public Integer call() {
        Session s = main.session();
        List<ProgramInfo> infos = infos(s.programs().all(), PolicyBook.loadDefault(), s.lang);
        s.out.print(json ? Json.pretty(infos) : text(infos));
        return Main.OK;
    }

    /**
     * @param programs the programs, in the order listed
     * @param book     the book whose instruments the citations resolve against
     * @param lang     the language of the references
     * @return what the command prints of each program
     */
    static List<ProgramInfo> infos(Collection<? extends Program<?, ?>> programs, PolicyBook book, Language lang) {
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

    private static CitationInfo citation(PolicyBook book, Citation c, Language lang) {
        return new CitationInfo(c.instrument(), c.article(), Session.cite(book, c, lang));
    }

    private static List<String> names(List<ParameterKey<?>> keys) {
        List<String> names = new ArrayList<>(keys.size());
        for (ParameterKey<?> k : keys) {
            names.add(k.name());
        }
        return names;
    }

    /**
     * @param infos the programs
     * @return per program: its title line, legal basis and parameters, then a table of its rules
     *         (rule, verdicts, article, parameters, notes) and the passage each rule quotes
     */
    static String text(List<ProgramInfo> infos) {
        StringBuilder sb = new StringBuilder();
        for (ProgramInfo i : infos) {
            sb.append(i.id())
                    .append("  ")
                    .append(i.titleZh())
                    .append(" / ")
                    .append(i.titleEn())
                    .append('\n');
            for (CitationInfo c : i.citations()) {
                sb.append("    ").append(c.reference()).append('\n');
            }
            sb.append("    parameters: ")
                    .append(i.parameters().isEmpty() ? "(none)" : String.join(", ", i.parameters()))
                    .append('\n');
            if (i.rules().isEmpty()) {
                sb.append("    rules: (none declared)\n");
                continue;
            }
            sb.append("    rules, in the order they are decided:\n");
            TextTable t = new TextTable("      #", "RULE", "VERDICTS", "ARTICLE", "PARAMETERS", "NOTES");
            int n = 0;
            for (RuleInfo r : i.rules()) {
                List<String> articles = new ArrayList<>(List.of(r.citation().reference()));
                r.alsoCites().forEach(c -> articles.add(c.reference()));
                t.add(
                        "      " + ++n,
                        r.id(),
                        String.join(", ", r.verdicts()),
                        String.join("; ", articles),
                        r.parameters().isEmpty() ? "-" : String.join(", ", r.parameters()),
                        r.notes().isEmpty() ? "-" : String.join(", ", r.notes()));
            }
            sb.append(t.render());
            for (RuleInfo r : i.rules()) {
                if (r.quote() != null) {
                    sb.append("      ")
                            .append(r.id())
                            .append(": 「")
                            .append(r.quote().strip().replace("\n", " "))
                            .append("」\n");
                }
            }
        }
        sb.append(infos.size()).append(infos.size() == 1 ? " program\n" : " programs\n");
        return sb.toString();
    }
}
