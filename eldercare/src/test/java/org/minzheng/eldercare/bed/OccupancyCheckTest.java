package org.minzheng.eldercare.bed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.testing.IdGenerators;
import org.minzheng.core.time.DateRange;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.eldercare.testing.EldercareGenerators;

class OccupancyCheckTest {

    static final BedCode BED = BedCode.of(BedCodeTest.HOME, "01", "0203", 1);
    static final BedCode OTHER_BED = BedCode.of(BedCodeTest.HOME, "01", "0203", 2);
    static final ResidentIdNumber A = resident("33050219400315002");
    static final ResidentIdNumber B = resident("33052219381101004");

    static ResidentIdNumber resident(String first17) {
        return ResidentIdNumber.parse(first17 + IdGenerators.residentIdCheckCharacter(first17));
    }

    static BedOccupancy occ(BedCode bed, ResidentIdNumber r, String range) {
        return new BedOccupancy(bed, r, DateRange.parse(range));
    }

    @Test
    void halfOpen_leavingAndArrivingOnTheSameDay_isNoOverlap() {
        List<BedOccupancy> list = List.of(occ(BED, A, "2024-01-01/2024-06-01"), occ(BED, B, "2024-06-01/.."));
        assertThat(OccupancyCheck.check(list, "occupancies")).isEmpty();
        OccupancyCheck.requireNoOverlap(list);
    }

    @Test
    void oneSharedDay_isAnOverlap_namingThePositions_notTheBedCodeOrThePerson() {
        List<BedOccupancy> list = List.of(
                occ(BED, A, "2024-01-01/2024-06-02"),
                occ(OTHER_BED, A, "2023-01-01/.."),
                occ(BED, B, "2024-06-01/.."),
                occ(BED, B, "2025-01-01/2025-02-01"));
        assertThatThrownBy(() -> OccupancyCheck.requireNoOverlap(list))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations())
                            .extracting(v -> v.path() + " " + v.code())
                            .containsExactly(
                                    "occupancies[2].period bed.occupancy-overlap",
                                    "occupancies[3].period bed.occupancy-overlap");
                    assertThat(e.violations())
                            .allSatisfy(v -> assertThat(v.messageEn()).contains("entry #"));
                    assertThat(e.getMessage())
                            .doesNotContain(BED.format())
                            .doesNotContain(A.value())
                            .doesNotContain(B.value());
                });
    }

    @Test
    void differentBeds_neverConflict() {
        assertThat(OccupancyCheck.check(List.of(occ(BED, A, "2024-01-01/.."), occ(OTHER_BED, B, "2024-01-01/..")), "o"))
                .isEmpty();
    }

    @Test
    void toString_masksTheResident() {
        BedOccupancy o = occ(BED, A, "2024-01-01/2024-06-01");
        assertThat(o.toString())
                .doesNotContain(A.value())
                .doesNotContain("19400315")
                .contains(A.masked())
                .contains(BED.format())
                .contains("2024-01-01/2024-06-01");
    }

    @Test
    void property_flaggedExactlyWhenTheSameBedOverlaps() {
        List<BedCode> beds = List.of(BED, OTHER_BED);
        LocalDate from = LocalDate.of(2024, 1, 1);
        qt().withFixedSeed(7L)
                .withExamples(300)
                .forAll(EldercareGenerators.occupancies(beds, from), EldercareGenerators.occupancies(beds, from))
                .checkAssert((a, b) -> {
                    boolean overlap = a.bed().equals(b.bed()) && a.period().overlaps(b.period());
                    assertThat(OccupancyCheck.check(List.of(a, b), "o")).hasSize(overlap ? 1 : 0);
                    assertThat(OccupancyCheck.check(List.of(b, a), "o")).hasSize(overlap ? 1 : 0);
                });
    }
}
