package org.minzheng.examples.service.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load test of {@code POST /api/decisions} on loopback, run by hand (not part of the
 * build; it uses only the JDK, so the source file runs as it is):
 *
 * <pre>
 * ./mvnw -B -o -q -pl examples,examples/service package -DskipTests
 * java examples/service/src/test/java/org/minzheng/examples/service/load/LoadHarness.java
 * </pre>
 *
 * <p>It starts {@code examples/service/target/minzheng-service.jar} on a free loopback port (no
 * users: the loopback-only mode) with {@code -Xmx512m}, and measures:
 *
 * <ol>
 *   <li>start-up: from launching the JVM to the first answer of {@code GET /api/programs}, and the
 *       time Spring Boot reports ("Started … in N seconds");
 *   <li>a warm-up of 10,000 decisions (one client), then 10,000 decisions with 1 client, 30,000 with 8
 *       and 50,000 with 32 — 100,000 in all — each phase also stopped after 180 s: throughput
 *       (decisions per second) and the p50 and p99 latency;
 *   <li>the heap in use after those 100,000 requests, after a full GC ({@code jcmd GC.run} then
 *       {@code GC.heap_info}).
 * </ol>
 *
 * Every request is the dibao case examples/cases/dibao/huzhou-2024-family-of-three-below-standard.json,
 * and every answer must be 200 with the same bytes. Traffic goes to 127.0.0.1 only; the service is
 * stopped at the end.
 */
public final class LoadHarness {

    private static final Path JAR = Path.of("examples/service/target/minzheng-service.jar");
    private static final Path CASE = Path.of("examples/cases/dibao/huzhou-2024-family-of-three-below-standard.json");
    private static final Duration PHASE_LIMIT = Duration.ofSeconds(180);

    private LoadHarness() {}

    public static void main(String[] args) throws Exception {
        byte[] body = Files.readAllBytes(CASE);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long launched = System.nanoTime();
        Process service = new ProcessBuilder(
                        javaBin,
                        "-Xmx512m",
                        "-jar",
                        JAR.toString(),
                        "--server.port=" + port,
                        "--logging.level.root=WARN",
                        "--logging.level.org.minzheng.examples.service.ServiceApplication=INFO")
                .redirectErrorStream(true)
                .start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    synchronized (lines) {
                        lines.add(l);
                    }
                }
            } catch (IOException e) {
                // the service stopped
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            URI base = URI.create("http://127.0.0.1:" + port);
            double firstAnswer = waitForStart(client, base, launched, service);
            System.out.printf(Locale.ROOT, "start-up: first answer %.1f s after launch%n", firstAnswer);
            synchronized (lines) {
                lines.stream().filter(l -> l.contains("Started")).forEach(l -> System.out.println("  " + l));
            }
            HttpRequest decide = HttpRequest.newBuilder(base.resolve("/api/decisions"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            byte[] expected =
                    client.send(decide, HttpResponse.BodyHandlers.ofByteArray()).body();
            int total = 0;
            total += phase("warm-up", client, decide, expected, 1, 10_000).count();
            for (int[] p : new int[][] {{1, 10_000}, {8, 30_000}, {32, 50_000}}) {
                Result r = phase(p[0] + " client(s)", client, decide, expected, p[0], p[1]);
                total += r.count();
            }
            System.out.println("requests in all: " + total);
            long pid = service.pid();
            run("jcmd", Long.toString(pid), "GC.run");
            String heap = run("jcmd", Long.toString(pid), "GC.heap_info");
            Matcher m = Pattern.compile("used (\\d+)K").matcher(heap);
            if (m.find()) {
                System.out.printf(
                        Locale.ROOT,
                        "heap in use after %d requests and a full GC: %.1f MiB%n",
                        total,
                        Long.parseLong(m.group(1)) / 1024.0);
            }
            System.out.println(heap.strip());
        } finally {
            service.destroy();
            if (!service.waitFor(20, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    private record Result(int count, double seconds) {}

    private static double waitForStart(HttpClient client, URI base, long launched, Process service) throws Exception {
        HttpRequest programs =
                HttpRequest.newBuilder(base.resolve("/api/programs")).GET().build();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service stopped during start-up");
            }
            try {
                if (client.send(programs, HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return (System.nanoTime() - launched) / 1e9;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the service did not answer within 5 minutes");
    }

    private static Result phase(
            String name, HttpClient client, HttpRequest decide, byte[] expected, int clients, int count)
            throws Exception {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        long stopAt = System.nanoTime() + PHASE_LIMIT.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement();
                        i < count && System.nanoTime() < stopAt;
                        i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> r = client.send(decide, HttpResponse.BodyHandlers.ofByteArray());
                    latencies[i] = System.nanoTime() - t0;
                    if (r.statusCode() != 200 || !Arrays.equals(r.body(), expected)) {
                        throw new IllegalStateException(
                                "request " + i + ": status " + r.statusCode() + " or another body");
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        int done = Math.min(next.get(), count);
        long[] sorted =
                Arrays.stream(latencies, 0, done).filter(l -> l > 0).sorted().toArray();
        int n = sorted.length;
        System.out.printf(
                Locale.ROOT,
                "%-12s %6d requests in %6.1f s: %7.0f decisions/s, p50 %6.2f ms, p99 %6.2f ms%n",
                name,
                n,
                seconds,
                n / seconds,
                sorted[n / 2] / 1e6,
                sorted[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)] / 1e6);
        return new Result(n, seconds);
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
