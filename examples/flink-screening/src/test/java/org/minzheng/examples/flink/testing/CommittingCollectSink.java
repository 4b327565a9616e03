package org.minzheng.examples.flink.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.api.connector.sink2.Committer;
import org.apache.flink.api.connector.sink2.CommitterInitContext;
import org.apache.flink.api.connector.sink2.CommittingSinkWriter;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.SupportsCommitter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * A two-phase-commit test sink (Sink V2 with a committer): the writer collects the lines (the job's
 * UTF-8 output lines, decoded) of one
 * checkpoint and hands them over as one committable when the checkpoint is taken; the committer
 * publishes them only once that checkpoint has completed. A committable carries a random id and
 * publishing is idempotent by that id, because after a restore Flink may hand a committable over
 * again. So what is published is exactly the output of completed checkpoints — lines emitted after
 * the last one before a failure are never published, they are produced again after the restore.
 *
 * <p>The published lines live in a static map under the sink's name, so that a test in the same
 * JVM as the MiniCluster can read them.
 */
public final class CommittingCollectSink implements Sink<byte[]>, SupportsCommitter<CommittingCollectSink.Batch> {

    private static final long serialVersionUID = 1L;
    private static final Map<String, Map<String, List<String>>> PUBLISHED = new ConcurrentHashMap<>();

    private final String name;

    /**
     * @param name a name unique to the test run
     */
    public CommittingCollectSink(String name) {
        this.name = name;
        PUBLISHED.put(name, new ConcurrentHashMap<>());
    }

    /**
     * @param name the sink's name
     * @return every line published so far, in no particular order
     */
    public static List<String> published(String name) {
        List<String> all = new ArrayList<>();
        PUBLISHED.getOrDefault(name, Map.of()).values().forEach(all::addAll);
        return all;
    }

    @Override
    public SinkWriter<byte[]> createWriter(WriterInitContext context) {
        return new Writer();
    }

    @Override
    public Committer<Batch> createCommitter(CommitterInitContext context) {
        return new Publisher(name);
    }

    @Override
    public SimpleVersionedSerializer<Batch> getCommittableSerializer() {
        return new BatchSerializer();
    }

    /**
     * The lines of one checkpoint of one writer.
     *
     * @param id    a random id
     * @param lines the lines
     */
    public record Batch(String id, List<String> lines) {}

    private static final class Writer implements CommittingSinkWriter<byte[], Batch> {

        private List<String> buffer = new ArrayList<>();

        @Override
        public void write(byte[] element, Context context) {
            buffer.add(new String(element, StandardCharsets.UTF_8));
        }

        @Override
        public void flush(boolean endOfInput) {}

        @Override
        public Collection<Batch> prepareCommit() {
            if (buffer.isEmpty()) {
                return List.of();
            }
            Batch b = new Batch(UUID.randomUUID().toString(), buffer);
            buffer = new ArrayList<>();
            return List.of(b);
        }

        @Override
        public void close() {}
    }

    private record Publisher(String name) implements Committer<Batch> {

        @Override
        public void commit(Collection<CommitRequest<Batch>> requests) {
            Map<String, List<String>> target = PUBLISHED.get(name);
            for (CommitRequest<Batch> r : requests) {
                target.putIfAbsent(
                        r.getCommittable().id(), List.copyOf(r.getCommittable().lines()));
            }
        }

        @Override
        public void close() {}
    }

    private static final class BatchSerializer implements SimpleVersionedSerializer<Batch> {

        @Override
        public int getVersion() {
            return 1;
        }

        @Override
        public byte[] serialize(Batch batch) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeUTF(batch.id());
                out.writeInt(batch.lines().size());
                for (String line : batch.lines()) {
                    byte[] b = line.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(b.length);
                    out.write(b);
                }
            }
            return bytes.toByteArray();
        }

        @Override
        public Batch deserialize(int version, byte[] serialized) throws IOException {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(serialized))) {
                String id = in.readUTF();
                int n = in.readInt();
                List<String> lines = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    byte[] b = new byte[in.readInt()];
                    in.readFully(b);
                    lines.add(new String(b, StandardCharsets.UTF_8));
                }
                return new Batch(id, lines);
            }
        }
    }
}
