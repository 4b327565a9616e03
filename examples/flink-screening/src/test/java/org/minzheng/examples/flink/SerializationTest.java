package org.minzheng.examples.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void householdState_roundTripsThroughThePojoSerializer_nullsIncluded() throws Exception {
        HouseholdState s = new HouseholdState();
        s.setRegion("330503");
        s.setHousehold(JsonLines.write(Records.laoTan()));
        s.setLastEpochDay(20_000);
        s.setLastIncomeFen(630_000L);
        s.setRaisedSignals("MEDICAL_SPENDING");
        TypeSerializer<HouseholdState> ser =
                TypeInformation.of(HouseholdState.class).createSerializer(new SerializerConfigImpl());
        DataOutputSerializer out = new DataOutputSerializer(256);
        ser.serialize(s, out);
        HouseholdState back = ser.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
        assertThat(back).isEqualTo(s);
        assertThat(back.getPreviousIncomeFen()).isNull();
        assertThat(JsonLines.read(back.getHousehold(), Household.class, "state"))
                .isEqualTo(Records.laoTan());
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
