package org.minzheng.examples.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.ImmutableHousehold;
import org.minzheng.examples.flink.ScreeningJob.Mode;
import org.minzheng.examples.flink.ScreeningJob.Settings;
import org.minzheng.examples.flink.testing.Records;

/** What crosses Flink's serializers: the job's own POJOs and strings, never Kryo. */
class SerializationTest {

    @Test
    void theJobsTypes_areFlinkPojos_theLibrarysValueTypesAreNot() {
        assertThat(TypeInformation.of(Envelope.class)).isInstanceOf(PojoTypeInfo.class);
        assertThat(TypeInformation.of(HouseholdState.class)).isInstanceOf(PojoTypeInfo.class);
        // Immutables values (no public constructor, final fields, no setters) would go to Kryo
        assertThat(TypeInformation.of(Household.class)).isInstanceOf(GenericTypeInfo.class);
        assertThat(TypeInformation.of(ImmutableHousehold.class)).isInstanceOf(GenericTypeInfo.class);
    }

    @Test
    void householdState_roundTripsThroughThePojoSerializer_factsAsJsonText_nullsIncluded() throws Exception {
        HouseholdState s = new HouseholdState();
        s.setRegion("330503");
        s.setHousehold(Records.laoTan());
        s.setLastEpochDay(20_000);
        s.setLastIncomeFen(630_000L);
        s.setRaisedSignals("MEDICAL_SPENDING");
        TypeInformation<HouseholdState> info = TypeInformation.of(HouseholdState.class);
        assertThat(((PojoTypeInfo<HouseholdState>) info).getTypeAt("household")).isInstanceOf(HouseholdFactsType.class);
        TypeSerializer<HouseholdState> ser = info.createSerializer(new SerializerConfigImpl());
        DataOutputSerializer out = new DataOutputSerializer(256);
        ser.serialize(s, out);
        // in a checkpoint the facts are the household's JSON, as in the input
        assertThat(new String(out.getCopyOfBuffer(), StandardCharsets.UTF_8))
                .contains(JsonLines.write(Records.laoTan()));
        HouseholdState back = ser.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
        assertThat(back).isEqualTo(s);
        assertThat(back.getPreviousIncomeFen()).isNull();
        assertThat(back.getHousehold()).isEqualTo(Records.laoTan());

        HouseholdState empty = new HouseholdState();
        out.clear();
        ser.serialize(empty, out);
        assertThat(ser.deserialize(new DataInputDeserializer(out.getCopyOfBuffer())))
                .isEqualTo(empty);
        // the heap state backend's copy during an asynchronous checkpoint: the immutable facts are shared
        assertThat(ser.copy(s).getHousehold()).isSameAs(s.getHousehold());
    }

    @Test
    void householdFactsInState_thatCannotBeRead_failTheRestoreWithoutEchoingThem() throws Exception {
        TypeSerializer<org.minzheng.eligibility.household.Household> ser =
                new HouseholdFactsType().createSerializer(new SerializerConfigImpl());
        byte[] bad = "{\"members\":\"11010519491231002X\"}".getBytes(StandardCharsets.UTF_8);
        DataOutputSerializer out = new DataOutputSerializer(64);
        out.writeInt(bad.length);
        out.write(bad);
        assertThatThrownBy(() -> ser.deserialize(new DataInputDeserializer(out.getCopyOfBuffer())))
                .isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("state.household")
                .hasMessageNotContaining("11010519491231002X");
    }

    @Test
    void genericTypesAreOff_theJobTranslates_aKryoTypeWouldNot(@TempDir Path out) {
        Settings settings = Settings.of(Mode.STREAM, null, null, null);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
        ScreeningJob.configure(env, settings);
        ScreeningJob.writeFiles(
                ScreeningJob.screen(ScreeningJob.inMemoryInput(env, List.of("{}"), 0), settings), out.toString());
        assertThat(env.getStreamGraph().getStreamNodes()).hasSizeGreaterThan(5);

        StreamExecutionEnvironment kryo = StreamExecutionEnvironment.createLocalEnvironment(2);
        ScreeningJob.configure(kryo, settings);
        assertThatThrownBy(() -> {
                    kryo.fromData(List.of(Records.laoTan()), TypeInformation.of(Household.class))
                            .sinkTo(new DiscardingSink<>());
                    kryo.getStreamGraph();
                })
                .hasStackTraceContaining("Generic types have been disabled");
    }
}
