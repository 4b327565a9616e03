package org.minzheng.examples.cli;

import java.io.ByteArrayOutputStream;
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
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
    private final byte[] chunk = new byte[64 * 1024];
    private int pos;
    private int limit;
    private long number;
    private boolean atStart = true;
    private boolean ended;

    JsonLines(InputStream in) {
        this.in = in;
    }

    /**
     * @return the next line, or null at the end of the stream
     * @throws IOException if the stream cannot be read
     */
    Line next() throws IOException {
        if (ended) {
            return null;
        }
        buffer.reset();
        boolean tooLong = false;
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
            if (buffer.size() + (long) n <= MAX_LINE_BYTES) {
                buffer.write(chunk, from, n);
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
            if (buffer.size() == 0 && !tooLong) {
                return null;
            }
        }
        number++;
        byte[] bytes = buffer.toByteArray();
        int start = 0;
        if (atStart
                && bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        atStart = false;
        int end = bytes.length > start && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        if (tooLong) {
            return new Line(
                    number,
                    null,
                    new InvalidInputException(List.of(InputValidator.get()
                            .violation(
                                    "$",
                                    "json.limit",
                                    Map.of(
                                            "limit",
                                            "a line of at most " + MAX_LINE_BYTES + " bytes",
                                            "limitZh",
                                            "每行不超过 " + MAX_LINE_BYTES + " 字节")))));
        }
        byte[] line = start == 0 && end == bytes.length ? bytes : java.util.Arrays.copyOfRange(bytes, start, end);
        try {
            return new Line(number, Json.decodeUtf8(line, "$"), null);
        } catch (InvalidInputException e) {
            return new Line(number, null, e);
        }
    }
}
