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
    private final Buffers buffers = new Buffers();

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
                Batch b = new Batch(lines.number() + 1, buffers);
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
                    Batch f = new Batch(lines.number() + 1, buffers);
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

    /**
     * @param b a batch that has been written: its input no longer counts against the bound, and its
     *          output's chunks are kept for the batches to come
     */
    void done(Batch b) {
        bytes.release(b.permits());
        b.out.release();
    }

    /**
     * The arrays batches read into and write to, kept when a batch is done and handed to the
     * batches after it, so that a run does not allocate (and zero, and collect) a fresh input
     * array and a megabyte of output chunks for every batch. Bounded: an array given back when
     * the pool is full is left to the collector. Shared by the reader, the workers and the
     * command's thread.
     */
    static final class Buffers {

        /** The most output chunks kept: about those of the batches in flight. */
        static final int MAX_CHUNKS = 128;

        /** The most input arrays kept. */
        static final int MAX_INPUTS = 16;

        private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(MAX_CHUNKS);
        private final BlockingQueue<byte[]> inputs = new ArrayBlockingQueue<>(MAX_INPUTS);

        /** @return an output chunk of {@value Output#CHUNK} bytes, its content undefined */
        byte[] chunk() {
            byte[] c = chunks.poll();
            return c != null ? c : new byte[Output.CHUNK];
        }

        /** @return an input array of {@link ScreenPipeline#BATCH_BYTES} bytes, its content undefined */
        byte[] input() {
            byte[] b = inputs.poll();
            return b != null ? b : new byte[BATCH_BYTES];
        }

        void releaseChunk(byte[] c) {
            chunks.offer(c);
        }

        /** @param b an input array (one grown for a long line is not kept) */
        void release(byte[] b) {
            if (b != null && b.length == BATCH_BYTES) {
                inputs.offer(b);
            }
        }
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

        private final Buffers buffers;
        private byte[] data;
        private int used;
        private int[] start = new int[BATCH_LINES];
        private int[] end = new int[BATCH_LINES];
        private boolean[] tooLong = new boolean[BATCH_LINES];

        final byte[] kind = new byte[BATCH_LINES];
        /** Where each decided line's output ends, its line end included (it starts where the one before ended). */
        final int[] outEnd = new int[BATCH_LINES];

        final Decision<?>[] decision = new Decision<?>[BATCH_LINES];
        private final List<String>[] report = newReports();
        final Output out;

        Batch(long firstLine, Buffers buffers) {
            this.firstLine = firstLine;
            this.buffers = buffers;
            this.data = buffers.input();
            this.out = new Output(buffers);
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
            Json.CompactWriter json = Json.compactWriter(out);
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
                        json.write(r);
                        out.write('\n');
                    } catch (IOException e) {
                        throw new IllegalStateException(
                                "Cannot write JSON for " + r.getClass().getName(), e);
                    }
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
            try {
                json.close();
            } catch (IOException e) {
                throw new IllegalStateException("cannot release the batch's generator", e);
            }
            buffers.release(data); // the input is no longer needed
            data = null;
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

        private final Buffers buffers;
        private final List<byte[]> chunks = new ArrayList<>();
        private int size;

        Output(Buffers buffers) {
            this.buffers = buffers;
        }

        /** @return how many bytes were written */
        int size() {
            return size;
        }

        @Override
        public void write(int b) {
            int at = size % CHUNK;
            if (at == 0 && size / CHUNK == chunks.size()) {
                chunks.add(buffers.chunk());
            }
            chunks.get(size / CHUNK)[at] = (byte) b;
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                int at = size % CHUNK;
                if (at == 0 && size / CHUNK == chunks.size()) {
                    chunks.add(buffers.chunk());
                }
                int n = Math.min(len, CHUNK - at);
                System.arraycopy(b, off, chunks.get(size / CHUNK), at, n);
                size += n;
                off += n;
                len -= n;
            }
        }

        /** Gives the chunks back to the pool once their bytes are written out; the output is then empty. */
        void release() {
            for (byte[] c : chunks) {
                buffers.releaseChunk(c);
            }
            chunks.clear();
            size = 0;
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
