package org.minzheng.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.core.MinzhengVersion;
import org.minzheng.core.decision.Language;
import org.minzheng.core.json.MaskedText;
import org.minzheng.core.policy.PolicyLoadError;
import org.minzheng.core.policy.PolicyLoadException;
import org.minzheng.core.validation.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code minzheng}: the command line of the minzheng SDK. Lists programs and policy values,
 * decides and explains case files, replays example cases, prints JSON Schemas.
 *
 * <p>Exit codes: 0 success; 1 an internal error (one line on stderr, the stack trace with
 * {@code --debug}) or, for {@code check} and {@code demo}, a case that does not match its
 * expectation; 2 bad input (every problem on stderr with its path, nothing on stdout).
 */
@Command(
        name = "minzheng",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "China's civil-affairs policies as rules-as-code (民政): decide and explain cases, review the policy values in force.",
            "Exit codes: 0 ok, 1 internal error or failed check, 2 bad input."
        },
        subcommands = {
            ProgramsCommand.class,
            ParamsCommand.class,
            DecideCommand.class,
            ScreenCommand.class,
            SimulateCommand.class,
            PopulationCommand.class,
            ExplainCommand.class,
            CheckCommand.class,
            DemoCommand.class,
            SchemaCommand.class,
            RegionsCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements java.util.concurrent.Callable<Integer> {

    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: internal error, or a failed check. */
    public static final int FAILED = 1;
    /** Exit code: bad input. */
    public static final int BAD_INPUT = 2;

    @Option(
            names = "--lang",
            scope = ScopeType.INHERIT,
            paramLabel = "zh|en",
            defaultValue = "en",
            converter = LanguageConverter.class,
            description =
                    "language of explanations and of error messages (English is always given): zh or en (default: en)")
    Language lang = Language.EN;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "print the stack trace of an internal error")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    PrintWriter out;
    PrintWriter err;
    PrintStream rawOut;

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command line in-process.
     *
     * @param args the arguments, not null
     * @param out  standard output (written as UTF-8), not null
     * @param err  standard error (written as UTF-8), not null
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        // Hibernate Validator logs through JBoss Logging: route it to SLF4J (no-op binding) so
        // that nothing but the command's own output reaches stdout and stderr
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), false);
        Main main = new Main();
        main.out = o;
        main.err = e;
        main.rawOut = out;
        CommandLine cl = new CommandLine(main);
        cl.setOut(o);
        cl.setErr(e);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> main.failure(ex));
        cl.setParameterExceptionHandler((ex, arguments) -> {
            e.println("minzheng: " + ex.getMessage());
            e.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for the options.");
            e.flush();
            return BAD_INPUT;
        });
        try {
            return cl.execute(args);
        } finally {
            o.flush();
            e.flush();
        }
    }

    @Override
    public Integer call() {
        err.println("minzheng: a command is required");
        spec.commandLine().usage(err);
        return BAD_INPUT;
    }

    /** @return the session of this run */
    Session session() {
        return new Session(out, err, lang, rawOut);
    }

    int failure(Exception ex) {
        List<String> lines = new ArrayList<>();
        int code = BAD_INPUT;
        if (ex instanceof InvalidInputException iie) {
            lines.add("invalid input (" + iie.violations().size()
                    + (iie.violations().size() == 1 ? " violation" : " violations") + "), nothing decided:");
            lines.addAll(session().violationLines("  ", iie.violations()));
        } else if (ex instanceof PolicyLoadException ple) {
            lines.add("policy data does not load (" + ple.errors().size()
                    + (ple.errors().size() == 1 ? " error" : " errors") + "):");
            if (lang == Language.ZH) {
                lines.add("政策数据无法加载（" + ple.errors().size() + " 处错误）：");
            }
            // English is always given; with --lang zh each error follows in Chinese
            for (PolicyLoadError pe : ple.errors()) {
                lines.add("  " + pe);
                if (lang == Language.ZH) {
                    lines.add("  " + pe.toStringZh());
                }
            }
        } else if (ex instanceof BadInputException bie) {
            lines.addAll(bie.lines());
        } else if (ex instanceof UncheckedIOException uio) {
            lines.add("cannot read: " + uio.getCause().getClass().getSimpleName());
        } else if (ex instanceof OutputFailedException ofe) {
            code = FAILED;
            lines.add(ofe.getMessage());
        } else {
            code = FAILED;
            // the message of a foreign exception may quote input: only its type, and the stack with --debug
            lines.add("internal error: " + ex.getClass().getName()
                    + (debug ? "" : " (run with --debug for the stack trace)"));
        }
        // whatever a failing command buffered must not reach stdout
        for (String line : lines) {
            err.println(MaskedText.scrub("minzheng: " + line));
        }
        if (code == FAILED && debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** Converts {@code zh} / {@code en} to a language. */
    static final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a language: use zh or en");
            }
        }
    }

    /** Prints the library and policy data versions. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "minzheng " + MinzhengVersion.libraryVersion(), "policy data " + MinzhengVersion.policyDataVersion()
            };
        }
    }
}
