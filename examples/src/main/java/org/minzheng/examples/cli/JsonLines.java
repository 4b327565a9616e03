package org.minzheng.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.minzheng.core.json.Json;
import org.minzheng.core.validation.InputLimits;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.core.validation.InvalidInputException;

/**
 * Reads a JSON Lines stream line by line as bytes and decodes each line strictly as UTF-8, so
 * that one bad byte costs one line, not the run: a line that is not UTF-8 (with the byte offset
 * within the line) or longer than {@link InputLimits#MAX_DOCUMENT_LENGTH} is handed out as an
 * error with its number and the reading goes on. Line ends are {@code \n} or {@code \r\n}; a
 * byte-order mark at the start of the stream is skipped. Memory is bounded by the longest
 * accepted line. Not thread-safe.
 *
 * <p>{@link #advance()} hands out a line's bytes without decoding them, for readers that decode
 * (or parse UTF-8 directly) elsewhere; {@link #next()} decodes as described above.
 */
final class JsonLines {

    /** The longest line kept, in bytes (a UTF-8 character has at most four). */
    static final long MAX_LINE_BYTES = InputLimits.MAX_DOCUMENT_LENGTH * 4;

    /**
     * One line.
     *
     * @param number its number, from 1
     * @param text   its text, or null if it could not be read
     * @param error  why it could not be read, or null
     */
    record Line(long number, String text, InvalidInputException error) {}

    private final InputStream in;
    private final byte[] chunk = new byte[64 * 1024];
    private byte[] buffer = new byte[1024];
    private int size;
    private int pos;
    private int limit;
    private long number;
    private boolean atStart = true;
    private boolean ended;
    private int lineStart;
    private int lineEnd;
    private boolean tooLong;

    JsonLines(InputStream in) {
        this.in = in;
    }

    /**
     * @return the next line, or null at the end of the stream
     * @throws IOException if the stream cannot be read
     */
    Line next() throws IOException {
        if (!advance()) {
            return null;
        }
        if (tooLong) {
            return new Line(number, null, tooLongProblem());
        }
        try {
            return new Line(
                    number, Json.decodeUtf8(java.util.Arrays.copyOfRange(buffer, lineStart, lineEnd), "$"), null);
        } catch (InvalidInputException e) {
            return new Line(number, null, e);
        }
    }

    /**
     * Moves to the next line without decoding it: then {@link #number()}, {@link #bytes()},
     * {@link #start()}, {@link #end()} and {@link #tooLong()} describe it (the bytes are valid
     * until the next call).
     *
     * @return false at the end of the stream
     * @throws IOException if the stream cannot be read
     */
    boolean advance() throws IOException {
        if (ended) {
            return false;
        }
        size = 0;
        tooLong = false;
        boolean newline = false;
        while (!newline) {
            if (pos == limit) {
                limit = in.read(chunk, 0, chunk.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    break;
                }
            }
            int from = pos;
            while (pos < limit && chunk[pos] != '\n') {
                pos++;
            }
            int n = pos - from;
            if (size + (long) n <= MAX_LINE_BYTES) {
                if (size + n > buffer.length) {
                    buffer = java.util.Arrays.copyOf(
                            buffer, (int) Math.min(MAX_LINE_BYTES, Math.max(size + n, 2L * buffer.length)));
                }
                System.arraycopy(chunk, from, buffer, size, n);
                size += n;
            } else {
                tooLong = true;
            }
            if (pos < limit) {
                pos++;
                newline = true;
            }
        }
        if (!newline) {
            ended = true;
            if (size == 0 && !tooLong) {
                return false;
            }
        }
        number++;
        int start = 0;
        if (atStart
                && size >= 3
                && (buffer[0] & 0xFF) == 0xEF
                && (buffer[1] & 0xFF) == 0xBB
                && (buffer[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        atStart = false;
        lineStart = start;
        lineEnd = size > start && buffer[size - 1] == '\r' ? size - 1 : size;
        return true;
    }

    /** @return the current line's number, from 1 */
    long number() {
        return number;
    }

    /** @return the buffer holding the current line (valid until the next {@link #advance()}) */
    byte[] bytes() {
        return buffer;
    }

    /** @return where the current line starts in {@link #bytes()} (after a byte-order mark) */
    int start() {
        return lineStart;
    }

    /** @return where the current line ends in {@link #bytes()} (before a {@code \r}) */
    int end() {
        return lineEnd;
    }

    /** @return true if the current line is longer than {@link #MAX_LINE_BYTES} (its bytes are not kept) */
    boolean tooLong() {
        return tooLong;
    }

    /** @return the problem of a line longer than {@link #MAX_LINE_BYTES} */
    static InvalidInputException tooLongProblem() {
        return new InvalidInputException(List.of(InputValidator.get()
                .violation(
                        "$",
                        "json.limit",
                        Map.of(
                                "limit",
                                "a line of at most " + MAX_LINE_BYTES + " bytes",
                                "limitZh",
                                "每行不超过 " + MAX_LINE_BYTES + " 字节"))));
    }
}
