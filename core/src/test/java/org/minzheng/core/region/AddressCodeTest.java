package org.minzheng.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.core.region.AddressCode.Segment;
import org.minzheng.core.region.AddressCode.SegmentKind;

/** 数字门牌 address codes: structure only, GB/T 10114 township and village ranges, masked in logs. */
class AddressCodeTest {

    private static final String FULL = "330502.003.201/ROAD:青铜路/BUILDING:5/UNIT:2/ROOM:301#HZ-0012345";

    @Test
    void parseAndTextAreInverse() {
        AddressCode a = AddressCode.parse(FULL);
        assertThat(a.text()).isEqualTo(FULL);
        assertThat(AddressCode.parse(a.text())).isEqualTo(a);
        assertThat(a.division()).isEqualTo(RegionCode.of("330502"));
        assertThat(a.township()).contains(RegionCode.of("330502003"));
        assertThat(a.townshipKind()).contains(AddressCode.TownshipKind.SUBDISTRICT);
        assertThat(a.villageKind()).contains(AddressCode.VillageKind.VILLAGERS_COMMITTEE);
        assertThat(a.segments())
                .extracting(Segment::kind)
                .containsExactly(SegmentKind.ROAD, SegmentKind.BUILDING, SegmentKind.UNIT, SegmentKind.ROOM);
        assertThat(a.plate()).contains("HZ-0012345");
        assertThat(AddressCode.parse("320106").text()).isEqualTo("320106");
        assertThat(AddressCode.of(RegionCode.of("320106"), "150", null, List.of(), null)
                        .townshipKind())
                .contains(AddressCode.TownshipKind.TOWN);
    }

    @Test
    void toStringMasksSegmentsAndPlate_personalData() {
        String shown = AddressCode.parse(FULL).toString();
        assertThat(shown).isEqualTo("330502.003.201/ROAD:***/BUILDING:*/UNIT:*/ROOM:***#**********");
        assertThat(shown).doesNotContain("青铜路").doesNotContain("301").doesNotContain("HZ");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "330500/ROAD:x", // a prefecture, not a county
                "330502.000", // township 000
                "330502.400", // outside the GB/T 10114 ranges the issue names
                "330502.003.400",
                "330502.003.000",
                "330502..201",
                "330502.003.201.7",
                "330502/ROOM:1/ROAD:x", // out of order
                "330502/STREET:x",
                "330502/ROAD",
                "330502/ROAD: ",
                "330502#",
                "33050"
            })
    void rejectsBadStructure(String text) {
        assertThatThrownBy(() -> AddressCode.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void errorsNeverQuoteTheAddress() {
        assertThatThrownBy(() -> AddressCode.parse("330502/ROOM:秘密301/ROAD:青铜路"))
                .isInstanceOf(IllegalArgumentException.class)
                .message()
                .doesNotContain("秘密")
                .doesNotContain("青铜路");
    }

    @Test
    void villageNeedsATownship() {
        assertThatThrownBy(() -> AddressCode.of(RegionCode.of("330502"), null, "201", List.of(), null))
                .hasMessageContaining("needs a township");
    }

    @Test
    void policyRegionIsTheTownshipOnlyIfTheTableHasIt() {
        AddressCode a = AddressCode.parse("330502.003/ROAD:青铜路");
        LocalDate d = LocalDate.of(2024, 12, 1);
        assertThat(a.region()).isEqualTo(RegionCode.of("330502"));
        assertThat(a.policyRegion(RegionTable.national(), d)).isEqualTo(RegionCode.of("330502"));
        RegionTable withTownship = RegionTable.national()
                .supplemented(
                        List.of(new Region(
                                RegionCode.of("330502003"),
                                "某街道",
                                null,
                                null,
                                null,
                                null,
                                null,
                                Region.Status.IN_USE,
                                List.of(),
                                "t.yaml:1")),
                        (r, m) -> {
                            throw new AssertionError(m);
                        });
        assertThat(a.policyRegion(withTownship, d)).isEqualTo(RegionCode.of("330502003"));
        // 330502 was not a division code in 1995
        assertThatThrownBy(() -> a.policyRegion(RegionTable.national(), LocalDate.of(1995, 1, 1)))
                .isInstanceOf(UnknownRegionException.class);
    }
}
