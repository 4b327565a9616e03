package org.minzheng.eldercare.bed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.core.id.UnifiedSocialCreditCode;
import org.minzheng.core.json.Json;
import org.minzheng.core.testing.IdGenerators;
import org.minzheng.eldercare.testing.EldercareGenerators;
import org.quicktheories.generators.Generate;

class BedCodeTest {

    static final UnifiedSocialCreditCode HOME = UnifiedSocialCreditCode.parse(
            "52330502MJ5402138" + IdGenerators.creditCodeCheckCharacter("52330502MJ5402138"));

    @Test
    void format_isUsccBuildingRoomBedCheck() {
        BedCode c = BedCode.of(HOME, "01", "0203", 2);
        String text = c.format();
        assertThat(text).hasSize(31).startsWith(HOME.value() + "-01-0203-02-");
        assertThat(c.checkCharacter()).isEqualTo(Iso7064Mod3736.checkCharacter(HOME.value() + "01020302"));
        assertThat(BedCode.parse(text)).isEqualTo(c);
        assertThat(c.toString()).isEqualTo(text);
        assertThat(c.bed()).isEqualTo(2);
        assertThat(c.room()).isEqualTo("0203");
        assertThat(c.building()).isEqualTo("01");
        assertThat(c.institution()).isEqualTo(HOME);
    }

    @Test
    void theDocumentedExample_isValid() {
        BedCode c = BedCode.parse("52330502MJ5402138Q-01-0203-02-N");
        assertThat(c).isEqualTo(BedCode.of(HOME, "01", "0203", 2));
        assertThat(c.checkCharacter()).isEqualTo('N');
    }

    @Test
    void property_formatAndParseRoundTrip() {
        qt().withFixedSeed(1L)
                .withExamples(300)
                .forAll(EldercareGenerators.bedCodes())
                .checkAssert(c -> {
                    assertThat(BedCode.isValid(c.format())).isTrue();
                    assertThat(BedCode.parse(c.format())).isEqualTo(c);
                    assertThat(Json.convert(Json.readTree(Json.compact(c), "$"), BedCode.class, "bed"))
                            .isEqualTo(c);
                });
    }

    @Test
    void property_everySingleCharacterChange_isDetected() {
        String symbols = "0123456789ABCDEFGHJKLMNPQRTUWXYZ";
        qt().withFixedSeed(2L)
                .withExamples(200)
                .forAll(EldercareGenerators.bedCodes(), Generate.range(0, 30), Generate.range(0, symbols.length() - 1))
                .checkAssert((c, pos, sym) -> {
                    String text = c.format();
                    if (text.charAt(pos) == '-' || text.charAt(pos) == symbols.charAt(sym)) {
                        return;
                    }
                    String changed = text.substring(0, pos) + symbols.charAt(sym) + text.substring(pos + 1);
                    assertThat(BedCode.isValid(changed)).as(changed).isFalse();
                });
    }

    @Test
    void property_adjacentTranspositions_inTheBedPartsAreDetected() {
        qt().withFixedSeed(3L)
                .withExamples(300)
                .forAll(EldercareGenerators.bedCodes(), Generate.pick(java.util.List.of(19, 22, 23, 24, 27)))
                .checkAssert((c, pos) -> {
                    String t = c.format();
                    if (t.charAt(pos) == t.charAt(pos + 1)) {
                        return;
                    }
                    String swapped = t.substring(0, pos) + t.charAt(pos + 1) + t.charAt(pos) + t.substring(pos + 2);
                    assertThat(BedCode.isValid(swapped)).as(swapped).isFalse();
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "52330502MJ54021380-01-0203-02-K", "x", "52330502MJ5402138X-01-0203-02"})
    void wrongShapes_areInvalid(String text) {
        assertThat(BedCode.isValid(text)).isFalse();
        assertThatThrownBy(() -> BedCode.parse(text)).isInstanceOf(InvalidBedCodeException.class);
    }

    @Test
    void badParts_areRejected() {
        String good = BedCode.of(HOME, "A1", "0203", 12).format();
        assertThat(BedCode.isValid(good.replace('-', '_'))).isFalse();
        assertThat(BedCode.isValid(good.toLowerCase(java.util.Locale.ROOT))).isFalse();
        assertThat(BedCode.isValid(good.substring(0, 27) + "00" + good.substring(29)))
                .isFalse();
        assertThatThrownBy(() -> BedCode.of(HOME, "A", "0203", 1)).isInstanceOf(InvalidBedCodeException.class);
        assertThatThrownBy(() -> BedCode.of(HOME, "A1", "02-3", 1)).isInstanceOf(InvalidBedCodeException.class);
        assertThatThrownBy(() -> BedCode.of(HOME, "a1", "0203", 1)).isInstanceOf(InvalidBedCodeException.class);
        assertThatThrownBy(() -> BedCode.of(HOME, "A1", "0203", 0)).isInstanceOf(InvalidBedCodeException.class);
        assertThatThrownBy(() -> BedCode.of(HOME, "A1", "0203", 100)).isInstanceOf(InvalidBedCodeException.class);
        assertThat(BedCode.of(HOME, "A1", "0203", 99).format()).contains("-99-");
    }

    @Test
    void anInvalidInstitutionCode_makesTheBedCodeInvalid_evenWithAMatchingCheckCharacter() {
        String badUscc = HOME.value().substring(0, 17) + (HOME.value().charAt(17) == '0' ? '1' : '0');
        String body = badUscc + "01" + "0203" + "02";
        String text = badUscc + "-01-0203-02-" + Iso7064Mod3736.checkCharacter(body);
        assertThat(BedCode.isValid(text)).isFalse();
    }
}
