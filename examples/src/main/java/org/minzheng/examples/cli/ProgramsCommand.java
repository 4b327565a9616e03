package org.minzheng.examples.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import org.minzheng.core.decision.Language;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.Program;
import org.minzheng.examples.catalogue.ProgramCatalogue;
import org.minzheng.examples.catalogue.ProgramCatalogue.CitationInfo;
import org.minzheng.examples.catalogue.ProgramCatalogue.ProgramInfo;
import org.minzheng.examples.catalogue.ProgramCatalogue.RuleInfo;
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
        return ProgramCatalogue.infos(programs, book, lang);
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
