package org.minzheng.examples.flink.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.CheckpointListener;

/**
 * A pass-through map that throws once, on the first record it sees after a checkpoint has
 * completed, to make the job restore from that checkpoint. The "once" is kept in a static map under
 * the test's name because the restarted job gets fresh instances.
 */
public final class FailOnceAfterCheckpoint implements MapFunction<byte[], byte[]>, CheckpointListener {

    private static final long serialVersionUID = 1L;
    private static final Map<String, AtomicBoolean> CHECKPOINTED = new ConcurrentHashMap<>();
    private static final Map<String, AtomicBoolean> FAILED = new ConcurrentHashMap<>();

    private final String name;

    /**
     * @param name a name unique to the test run
     */
    public FailOnceAfterCheckpoint(String name) {
        this.name = name;
        CHECKPOINTED.put(name, new AtomicBoolean());
        FAILED.put(name, new AtomicBoolean());
    }

    /**
     * @param name the name
     * @return true if the map has thrown
     */
    public static boolean failed(String name) {
        return FAILED.get(name).get();
    }

    @Override
    public byte[] map(byte[] value) {
        if (CHECKPOINTED.get(name).get() && FAILED.get(name).compareAndSet(false, true)) {
            throw new IllegalStateException("induced failure after a completed checkpoint");
        }
        return value;
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
        CHECKPOINTED.get(name).set(true);
    }
}
