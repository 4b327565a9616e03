package org.minzheng.examples.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.Program;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code minzheng programs}: every registered program with its title and legal basis. */
@Command(name = "programs", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List every registered program: id, title (zh/en), the instruments and articles it implements, the parameters it reads.")
final class ProgramsCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    /** One program, as printed with {@code --json}. */
    @JsonPropertyOrder({"id", "titleZh", "titleEn", "citations", "parameters"})
    record ProgramInfo(String id, String titleZh, String titleEn, List<CitationInfo> citations, List<String> parameters) {
    }

    /** A citation with its resolved reference. */
    @JsonPropertyOrder({"instrument", "article", "reference"})
    record CitationInfo(String instrument, String article, String reference) {
    }

    @Override
    public Integer call() {
        Session s = main.session();
        PolicyBook book = PolicyBook.loadDefault();
        List<ProgramInfo> infos = new ArrayList<>();
        for (Program<?, ?> p : s.programs().all()) {
            List<CitationInfo> cites = new ArrayList<>();
            for (Citation c : p.citations()) {
                cites.add(new CitationInfo(c.instrument(), c.article(), Session.cite(book, c, s.lang)));
            }
            List<String> params = new ArrayList<>();
            for (ParameterKey<?> k : p.parameters()) {
                params.add(k.name());
            }
            infos.add(new ProgramInfo(p.id(), p.title().zh(), p.title().en(), cites, params));
        }
        if (json) {
            s.out.print(Json.pretty(infos));
            return Main.OK;
        }
        StringBuilder sb = new StringBuilder();
        for (ProgramInfo i : infos) {
            sb.append(i.id()).append("  ").append(i.titleZh()).append(" / ").append(i.titleEn()).append('\n');
            for (CitationInfo c : i.citations()) {
                sb.append("    ").append(c.reference()).append('\n');
            }
            sb.append("    parameters: ").append(String.join(", ", i.parameters())).append('\n');
        }
        sb.append(infos.size()).append(infos.size() == 1 ? " program\n" : " programs\n");
        s.out.print(sb);
        return Main.OK;
    }
}
