import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code minzheng decide FILE} for each file named on the command line, in this JVM
 * ({@code org.minzheng.examples.cli.Main.run}, what {@code main} passes to {@code System.exit}),
 * and prints one line per file:
 *
 * <pre>file TAB exit TAB idLeak TAB nameLeak TAB stackTrace TAB stdoutBytes</pre>
 *
 * exit is 0, 1, 2, or {@code timeout} when the file was not done after the per-file limit (first
 * argument, in seconds of CPU time of the thread deciding it, so that a loaded machine does not
 * turn a slow file into a "hang"; ten times as much wall time is the backstop); then the JVM
 * halts with status 3 and campaign.sh starts a fresh one on the files after it, so that a hanging
 * file costs its limit and nothing else. Before the first file the JVM is warmed up, uncounted,
 * with {@code minzheng programs} and {@code minzheng decide} of the second argument (a valid
 * case), so that start-up is not charged to a file. An error thrown out of {@code run} counts as
 * exit 1, as it would end the real CLI with 1.
 *
 * <p>Leaks: an ID-shaped run (15 digits, or 17 digits and a check character) of the input, or a
 * name-shaped JSON string of the input (two to four Han characters, a middle dot allowed), found
 * on stderr. Used by campaign.sh (see docs/fuzzing.md); not part of the build.
 */
public class Campaign {

    private static final Pattern ID = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])|(?<![0-9])[0-9]{15}(?![0-9])");
    private static final Pattern NAME = Pattern.compile("\"(\\p{IsHan}[\\p{IsHan}·]{1,3})\"");
    private static final Pattern STACK = Pattern.compile("\\n\\s+at [a-zA-Z]|Exception\\b|Error:");

    public static void main(String[] args) throws Exception {
        long limit = Long.parseLong(args[0]);
        Method run = Class.forName("org.minzheng.examples.cli.Main")
                .getMethod("run", String[].class, PrintStream.class, PrintStream.class);
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "decide");
            t.setDaemon(true);
            return t;
        });
        PrintStream console = System.out;
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true);
        run.invoke(null, new String[]{"programs"}, sink, sink);
        run.invoke(null, new String[]{"decide", args[1]}, sink, sink);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 2; i < args.length; i++) {
            String file = args[i];
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            long[] worker = {-1};
            Future<Integer> f = pool.submit(() -> {
                worker[0] = Thread.currentThread().getId();
                try {
                    return (Integer) run.invoke(null, new String[]{"decide", file}, new PrintStream(out, true),
                            new PrintStream(err, true));
                } catch (java.lang.reflect.InvocationTargetException e) {
                    e.getCause().printStackTrace(new PrintStream(err, true));
                    return 1;
                }
            });
            String exit = null;
            long started = System.nanoTime();
            long cpuAtStart = -1;
            while (exit == null) {
                try {
                    exit = String.valueOf(f.get(100, TimeUnit.MILLISECONDS));
                } catch (TimeoutException e) {
                    long now = worker[0] < 0 ? -1 : cpu.getThreadCpuTime(worker[0]);
                    if (cpuAtStart < 0) {
                        cpuAtStart = now;
                    }
                    boolean cpuSpent = now >= 0 && now - cpuAtStart > TimeUnit.SECONDS.toNanos(limit);
                    if (cpuSpent || System.nanoTime() - started > TimeUnit.SECONDS.toNanos(10 * limit)) {
                        exit = "timeout";
                    }
                }
            }
            if (exit.equals("timeout")) {
                console.println(file + "\ttimeout\t-\t-\t-\t-");
                console.flush();
                Runtime.getRuntime().halt(3);
                return;
            }
            String input = new String(Files.readAllBytes(Path.of(file)), StandardCharsets.UTF_8);
            String stderr = err.toString(StandardCharsets.UTF_8);
            console.println(file + "\t" + exit + "\t" + leaks(ID, 0, input, stderr) + "\t" + leaks(NAME, 1, input, stderr)
                    + "\t" + (STACK.matcher(stderr).find() ? 1 : 0) + "\t" + out.size());
            console.flush();
        }
        Runtime.getRuntime().halt(0);
    }

    private static int leaks(Pattern p, int group, String input, String stderr) {
        List<String> secrets = new ArrayList<>();
        Matcher m = p.matcher(input);
        while (m.find()) {
            secrets.add(m.group(group));
        }
        for (String s : secrets) {
            if (stderr.contains(s)) {
                return 1;
            }
        }
        return 0;
    }
}
