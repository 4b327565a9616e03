package org.minzheng.examples.flink;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.flink.api.common.serialization.Encoder;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.minzheng.core.json.Json;

/**
 * The job's output lines as UTF-8 bytes, without a newline: what the three file sinks write, made
 * without a {@code String} in between. A decision line is about 2.8 KB of JSON; as a
 * {@code String} it was written into a character buffer, copied into the string, and encoded to
 * UTF-8 again by the sink. Here core's {@link Json#compact(Object, OutputStream)} writes it as UTF-8
 * straight into a buffer that one task reuses from record to record, and the record is one copy of
 * that buffer's bytes.
 *
 * <p>The bytes are exactly {@link HouseholdMonitor#toJson(DecisionLine)} (and the alert and
 * rejection text) encoded as UTF-8: {@code Utf8LinesTest} holds them to it, and the job's tests
 * require the files and the committed outputs to equal the one-thread replay, which still writes
 * strings.
 *
 * <p>On Flink's wire the lines are {@code byte[]} records ({@link #TYPE}, Flink's own serializer for
 * primitive arrays, never Kryo).
 */
public final class Utf8Lines {

    /** The type of an output line. */
    public static final TypeInformation<byte[]> TYPE = PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO;

    private final Buffer buffer = new Buffer();

    /** A writer with a buffer of its own: one per task, not to be shared between threads. */
    public Utf8Lines() {}

    /**
     * @param line a decision line
     * @return its JSON in UTF-8, written by {@link Json#compact(Object, OutputStream)} like every minzheng decision
     */
    public byte[] decision(DecisionLine line) {
        buffer.reset();
        try {
            Json.compact(line, buffer);
        } catch (IOException e) {
            // a byte array does not fail to be written to; Jackson's own errors are unchecked
            throw new UncheckedIOException(e);
        }
        return buffer.copy();
    }

    /**
     * @param alert an alert
     * @return its JSON in UTF-8
     */
    public static byte[] alert(Alert alert) {
        return JsonLines.writeBytes(alert);
    }

    /**
     * @param rejection a rejection
     * @return its JSON in UTF-8
     */
    public static byte[] rejection(Rejection rejection) {
        return JsonLines.writeBytes(rejection);
    }

    /** The file sinks' encoder: the line's bytes, then {@code \n} (what Flink's string encoder writes for the string). */
    public static final class LineEncoder implements Encoder<byte[]> {

        private static final long serialVersionUID = 1L;

        @Override
        public void encode(byte[] line, OutputStream stream) throws IOException {
            stream.write(line);
            stream.write('\n');
        }
    }

    /** A byte buffer whose contents can be copied out without its lock or a second array. */
    private static final class Buffer extends ByteArrayOutputStream {

        Buffer() {
            super(8192);
        }

        byte[] copy() {
            return Arrays.copyOf(buf, count);
        }
    }
}
