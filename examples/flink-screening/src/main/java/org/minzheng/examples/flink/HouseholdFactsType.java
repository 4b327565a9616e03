package org.minzheng.examples.flink;

import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.base.TypeSerializerSingleton;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.eligibility.household.Household;

/**
 * Flink's type information for a household's facts in keyed state: the library's {@link Household}
 * object while the job runs, its JSON text (UTF-8, the same JSON as the input's {@code household})
 * whenever Flink writes it — checkpoints, savepoints, and the copy a heap state backend may take
 * while an asynchronous checkpoint runs.
 *
 * <p>Why: {@code Household} is an Immutables value (no public constructor, final fields,
 * immutable JDK lists) that Flink cannot treat as a POJO; without this it would fall back to Kryo,
 * which this job disables (and which fails on those lists anyway). Before, the state held the JSON
 * text itself, so every record paid a JSON read and a JSON write of the facts; now a record pays
 * neither, and a checkpoint pays one write per household. With a state backend that serializes on
 * every access (RocksDB) the cost is what it was: one read and one write per record.
 *
 * <p>Used as a field annotation on {@link HouseholdState#getHousehold() HouseholdState.household}
 * ({@code @TypeInfo}), so {@code HouseholdState} stays a Flink POJO.
 */
public final class HouseholdFactsType extends TypeInformation<Household> {

    private static final long serialVersionUID = 1L;

    /** The factory named by the {@code @TypeInfo} annotation. */
    public static final class Factory extends TypeInfoFactory<Household> {

        @Override
        public TypeInformation<Household> createTypeInfo(Type t, Map<String, TypeInformation<?>> genericParameters) {
            return new HouseholdFactsType();
        }
    }

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    public Class<Household> getTypeClass() {
        return Household.class;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    public TypeSerializer<Household> createSerializer(SerializerConfig config) {
        return Serializer.INSTANCE;
    }

    @Override
    public String toString() {
        return "Household (as JSON text)";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HouseholdFactsType;
    }

    @Override
    public int hashCode() {
        return HouseholdFactsType.class.hashCode();
    }

    @Override
    public boolean canEqual(Object o) {
        return o instanceof HouseholdFactsType;
    }

    /**
     * Writes a household as its JSON text in UTF-8, preceded by the length in bytes; a null as
     * length -1. The facts are immutable, so a copy is the object itself.
     */
    public static final class Serializer extends TypeSerializerSingleton<Household> {

        private static final long serialVersionUID = 1L;

        /** The one instance. */
        public static final Serializer INSTANCE = new Serializer();

        @Override
        public boolean isImmutableType() {
            return true;
        }

        @Override
        public Household createInstance() {
            return null;
        }

        @Override
        public Household copy(Household from) {
            return from;
        }

        @Override
        public Household copy(Household from, Household reuse) {
            return from;
        }

        @Override
        public int getLength() {
            return -1;
        }

        @Override
        public void serialize(Household record, DataOutputView target) throws IOException {
            if (record == null) {
                target.writeInt(-1);
                return;
            }
            byte[] json = JsonLines.writeBytes(record);
            target.writeInt(json.length);
            target.write(json);
        }

        @Override
        public Household deserialize(DataInputView source) throws IOException {
            int length = source.readInt();
            if (length < 0) {
                return null;
            }
            byte[] json = new byte[length];
            source.readFully(json);
            try {
                return JsonLines.read(new String(json, StandardCharsets.UTF_8), Household.class, "state.household");
            } catch (InvalidInputException e) {
                // the message names the path and the problem, never the facts
                throw new IOException("Cannot read a household's facts from state: " + e.getMessage(), e);
            }
        }

        @Override
        public Household deserialize(Household reuse, DataInputView source) throws IOException {
            return deserialize(source);
        }

        @Override
        public void copy(DataInputView source, DataOutputView target) throws IOException {
            int length = source.readInt();
            target.writeInt(length);
            if (length > 0) {
                target.write(source, length);
            }
        }

        @Override
        public TypeSerializerSnapshot<Household> snapshotConfiguration() {
            return new Snapshot();
        }
    }

    /** The serializer has no configuration: its snapshot only names it. */
    public static final class Snapshot extends SimpleTypeSerializerSnapshot<Household> {

        /** For Flink (restored by reflection). */
        public Snapshot() {
            super(() -> Serializer.INSTANCE);
        }
    }
}
