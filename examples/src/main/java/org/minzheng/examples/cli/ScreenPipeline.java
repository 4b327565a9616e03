package org.minzheng.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.json.Json;
import org.minzheng.core.json.MaskedText;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;

/**
 * The pipeline of {@code minzheng screen}: one thread reads the input into batches of lines, a
 * pool of workers (one per core) reads, decides and writes each batch's lines to bytes, and the
 * command's thread takes the batches back in input order and writes them out. Memory stays
 * bounded whatever the file's size: at most {@code inFlight} batches wait at once, and together
 * at most {@link #MAX_BYTES_IN_FLIGHT} bytes of input (or one line, if a line is longer), each
 * batch holding up to {@link #BATCH_LINES} lines or about {@link #BATCH_BYTES} bytes.
 */
final class ScreenPipeline {

    static final int BATCH_LINES = 512;
    static final int BATCH_BYTES = 256 * 1024;
    static final int MAX_BYTES_IN_FLIGHT = 64 * 1024 * 1024;

    private static final Future<Batch> END = CompletableFuture.completedFuture(null);

    private final JsonLines lines;
    private final ExecutorService pool;
    private final ScreenCommand.Screening screening;
    private final Session session;
    private final BlockingQueue<Future<Batch>> queue;
    private final Semaphore bytes = new Semaphore(MAX_BYTES_IN_FLIGHT);

    /**
     * @param lines     the input
     * @param pool      the workers
     * @param screening reads and decides a line (thread-safe)
     * @param session   formats violations (thread-safe)
     * @param inFlight  how many batches may wait to be written
     */
    ScreenPipeline(
            JsonLines lines, ExecutorService pool, ScreenCommand.Screening screening, Session session, int inFlight) {
        this.lines = lines;
        this.pool = pool;
        this.screening = screening;
        this.session = session;
        this.queue = new ArrayBlockingQueue<>(inFlight);
    }

    /** Reads the input into batches and hands them to the workers; runs on the reader thread. */
    void read() {
        try {
            boolean more = true;
            while (more) {
                Batch b = new Batch(lines.number() + 1);
                IOException failed = null;
                try {
                    more = b.fill(lines);
                } catch (IOException e) {
                    failed = e;
                    more = false;
                }
                if (b.count > 0) {
                    bytes.acquire(b.permits());
                    queue.put(pool.submit(() -> b.process(screening, session)));
                }
                if (failed != null) {
                    // the lines before the failure are written first, then the command stops
                    Batch f = new Batch(lines.number() + 1);
                    f.readFailed = failed;
                    queue.put(CompletableFuture.completedFuture(f));
                }
            }
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the command stopped: nobody waits for the rest
        } catch (RuntimeException | Error e) {
            try {
                queue.put(CompletableFuture.failedFuture(e));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * @return the next batch in input order, processed, or null at the end
     */
    Batch next() {
        try {
            Future<Batch> f = queue.take();
            return f == END ? null : f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while screening", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** @param b a batch that has been written: its input no longer counts against the bound */
    void done(Batch b) {
        bytes.release(b.permits());
    }

    /** A run of consecutive lines: their bytes, then what became of each. */
    static final class Batch {

        static final byte BLANK = 0;
        static final byte DECIDED = 1;
        static final byte REJECTED = 2;
        static final byte FAILED = 3;

        /** The number of the first line. */
        final long firstLine;

        int count;
        IOException readFailed;

        private byte[] data = new byte[BATCH_BYTES];
        private int used;
        private int[] start = new int[BATCH_LINES];
        private int[] end = new int[BATCH_LINES];
        private boolean[] tooLong = new boolean[BATCH_LINES];

        final byte[] kind = new byte[BATCH_LINES];
        final int[] outStart = new int[BATCH_LINES];
        final int[] outEnd = new int[BATCH_LINES];
        final Decision<?>[] decision = new Decision<?>[BATCH_LINES];
        private final List<String>[] report = newReports();
        final Output out = new Output();

        Batch(long firstLine) {
            this.firstLine = firstLine;
        }

        @SuppressWarnings("unchecked")
        private static List<String>[] newReports() {
            return (List<String>[]) new List<?>[BATCH_LINES];
        }

        /** @return how many bytes of the bound this batch holds */
        int permits() {
            return Math.min(Math.max(used, 1), MAX_BYTES_IN_FLIGHT);
        }

        /**
         * Copies lines until the batch is full.
         *
         * @return false if the input has ended
         */
        boolean fill(JsonLines lines) throws IOException {
            while (count < BATCH_LINES && used < BATCH_BYTES) {
                if (!lines.advance()) {
                    return false;
                }
                int n = lines.end() - lines.start();
                if (used + n > data.length) {
                    data = Arrays.copyOf(data, used + n);
                }
                System.arraycopy(lines.bytes(), lines.start(), data, used, n);
                start[count] = used;
                used += n;
                end[count] = used;
                tooLong[count] = lines.tooLong();
                count++;
            }
            return true;
        }

        /** Reads, decides and writes every line; runs on a worker. */
        Batch process(ScreenCommand.Screening screening, Session session) {
            for (int i = 0; i < count; i++) {
                long lineNo = firstLine + i;
                int mark = out.size();
                try {
                    if (tooLong[i]) {
                        throw JsonLines.tooLongProblem();
                    }
                    ScreenCommand.Screened r = screening.screen(data, start[i], end[i] - start[i], lineNo);
                    if (r == null) {
                        kind[i] = BLANK;
                        continue;
                    }
                    try {
                        Json.compact(r, out);
                    } catch (IOException e) {
                        throw new IllegalStateException(
                                "Cannot write JSON for " + r.getClass().getName(), e);
                    }
                    outStart[i] = mark;
                    outEnd[i] = out.size();
                    decision[i] = r.decision();
                    kind[i] = DECIDED;
                } catch (InvalidInputException e) {
                    out.truncate(mark);
                    List<Violation> vs = e.violations();
                    List<String> lines = new ArrayList<>(vs.size() + 1);
                    lines.add(MaskedText.scrub("minzheng: line " + lineNo + ": rejected (" + vs.size()
                            + (vs.size() == 1 ? " violation" : " violations") + "):"));
                    for (String l : session.violationLines("  line " + lineNo + ": ", vs)) {
                        lines.add(MaskedText.scrub(l));
                    }
                    report[i] = lines;
                    kind[i] = REJECTED;
                } catch (RuntimeException | StackOverflowError e) {
                    // never let one line stop the batch: report it and go on
                    out.truncate(mark);
                    report[i] = List.of("minzheng: line " + lineNo + ": internal error ("
                            + e.getClass().getName() + "), not decided; the rest go on");
                    kind[i] = FAILED;
                }
            }
            data = null; // the input is no longer needed
            start = null;
            end = null;
            tooLong = null;
            return this;
        }

        /** Prints a rejected or failed line's report. */
        void report(int i, PrintWriter err) {
            for (String l : report[i]) {
                err.println(l);
            }
            err.flush();
        }
    }

    /**
     * The batch's output bytes, in chunks of {@value #CHUNK} bytes: never one array that grows by
     * doubling (a batch writes about a megabyte, and an array of half a G1 region or more — 512 KB
     * with a small heap such as {@code -Xmx256m} — is a humongous allocation, which started an old
     * collection cycle every few batches), and never copied as it grows. Written by one worker,
     * then read by the command's thread after the batch's future completes.
     */
    static final class Output extends OutputStream {

        static final int CHUNK = 64 * 1024;

        private final List<byte[]> chunks = new ArrayList<>();
        private int size;

        /** @return how many bytes were written */
        int size() {
            return size;
        }

        @Override
        public void write(int b) {
            int at = size % CHUNK;
            if (at == 0 && size / CHUNK == chunks.size()) {
                chunks.add(new byte[CHUNK]);
            }
            chunks.get(size / CHUNK)[at] = (byte) b;
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                int at = size % CHUNK;
                if (at == 0 && size / CHUNK == chunks.size()) {
                    chunks.add(new byte[CHUNK]);
                }
                int n = Math.min(len, CHUNK - at);
                System.arraycopy(b, off, chunks.get(size / CHUNK), at, n);
                size += n;
                off += n;
                len -= n;
            }
        }

        /** Forgets what was written from {@code size} on (a line that was not decided after all). */
        void truncate(int size) {
            this.size = size;
        }

        /** Writes the bytes {@code from} (inclusive) to {@code to} (exclusive) to a stream. */
        void writeTo(OutputStream w, int from, int to) throws IOException {
            while (from < to) {
                int at = from % CHUNK;
                int n = Math.min(to - from, CHUNK - at);
                w.write(chunks.get(from / CHUNK), at, n);
                from += n;
            }
        }
    }
}
