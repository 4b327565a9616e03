package org.minzheng.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.core.testing.IdGenerators.creditCodeCheckCharacter;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.core.testing.IdGenerators;
import org.quicktheories.core.Gen;

class UnifiedSocialCreditCodeTest {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** A synthetic civil-affairs social organisation (社会团体) code, check character computed. */
    private static final String SOCIAL_ORGANISATION = withCheck("51110105MJ0000001");

    /** Builds a code with a correct check character from its first 17 characters. */
    private static String withCheck(String first17) {
        return first17 + creditCodeCheckCharacter(first17);
    }

    @Test
    void checkCharacterComputedByHand() {
        // 5 1 1 1 0 1 0 5 M J 0 0 0 0 0 0 1 with M = 21, J = 18 and the GB 32100 weights:
        // 5*1 + 1*3 + 1*9 + 1*27 + 0*19 + 1*26 + 0*16 + 5*17 + 21*20 + 18*29 + 1*28 = 1125
        // 1125 mod 31 = 9, and 31 - 9 = 22, the value of N
        assertThat(SOCIAL_ORGANISATION).isEqualTo("51110105MJ0000001N");
        assertThat(UnifiedSocialCreditCode.isValid("51110105MJ0000001N")).isTrue();
    }

    @Nested
    class Fields {

        private final UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(SOCIAL_ORGANISATION);

        @Test
        void parts() {
            assertThat(code.value()).isEqualTo(SOCIAL_ORGANISATION);
            assertThat(code.authorityCode()).isEqualTo('5');
            assertThat(code.organisationTypeCode()).isEqualTo('1');
            assertThat(code.regionCode()).isEqualTo("110105");
            assertThat(code.organisationCode()).isEqualTo("MJ0000001");
        }

        @Test
        void civilAffairs() {
            assertThat(code.registrationAuthority()).isEqualTo(RegistrationAuthority.CIVIL_AFFAIRS);
            assertThat(code.registrationAuthority().zhLabel()).isEqualTo("民政");
            assertThat(code.isCivilAffairsRegistered()).isTrue();
            assertThat(code.civilAffairsOrganisationType()).contains(CivilAffairsOrganisationType.SOCIAL_ORGANISATION);
        }

        @Test
        void toStringIsTheFullCode() {
            assertThat(code).hasToString(SOCIAL_ORGANISATION);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "1, STAFFING_COMMISSION",
        "5, CIVIL_AFFAIRS",
        "9, MARKET_REGULATION",
        "Y, OTHER",
        "2, UNKNOWN",
        "3, UNKNOWN",
        "A, UNKNOWN",
        "N, UNKNOWN",
        "0, UNKNOWN"
    })
    void registrationAuthority(char authority, RegistrationAuthority expected) {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(withCheck(authority + "1110000MA0000001"));

        assertThat(code.registrationAuthority()).isEqualTo(expected);
        assertThat(code.authorityCode()).isEqualTo(authority);
        assertThat(code.isCivilAffairsRegistered()).isEqualTo(authority == '5');
    }

    @ParameterizedTest
    @CsvSource({"1, SOCIAL_ORGANISATION", "2, SOCIAL_SERVICE_AGENCY", "3, FOUNDATION", "9, OTHER"})
    void civilAffairsOrganisationTypes(char type, CivilAffairsOrganisationType expected) {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(withCheck("5" + type + "110000MJ0000001"));

        assertThat(code.civilAffairsOrganisationType()).contains(expected);
        assertThat(expected.code()).isEqualTo(type);
        assertThat(CivilAffairsOrganisationType.ofCode(type)).contains(expected);
    }

    @Test
    void civilAffairsTypeLabels() {
        assertThat(CivilAffairsOrganisationType.SOCIAL_ORGANISATION.zhLabel()).isEqualTo("社会团体");
        assertThat(CivilAffairsOrganisationType.SOCIAL_SERVICE_AGENCY.zhLabel())
                .contains("民办非企业单位")
                .contains("社会服务机构");
        assertThat(CivilAffairsOrganisationType.FOUNDATION.zhLabel()).isEqualTo("基金会");
    }

    @Test
    void unknownCivilAffairsTypeIsEmpty() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(withCheck("54110000MJ0000001"));

        assertThat(code.isCivilAffairsRegistered()).isTrue();
        assertThat(code.civilAffairsOrganisationType()).isEmpty();
    }

    @Test
    void nonCivilAffairsCodeHasNoCivilAffairsType() {
        // type code 1 means "enterprise" under market regulation, not "social organisation"
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(withCheck("91110000MA0000001"));

        assertThat(code.isCivilAffairsRegistered()).isFalse();
        assertThat(code.civilAffairsOrganisationType()).isEqualTo(Optional.empty());
    }

    @Test
    void lowerCaseIsNormalised() {
        String lower = SOCIAL_ORGANISATION.toLowerCase(Locale.ROOT);

        assertThat(UnifiedSocialCreditCode.parse(lower).value()).isEqualTo(SOCIAL_ORGANISATION);
        assertThat(UnifiedSocialCreditCode.parse(lower)).isEqualTo(UnifiedSocialCreditCode.parse(SOCIAL_ORGANISATION));
    }

    /** Every replacement of one character of a code by another of the 31 symbols. */
    static Stream<Arguments> singleCharacterChanges() {
        List<Arguments> changes = new ArrayList<>();
        for (int i = 0; i < SOCIAL_ORGANISATION.length(); i++) {
            for (char c : CHARSET.toCharArray()) {
                if (c != SOCIAL_ORGANISATION.charAt(i)) {
                    changes.add(Arguments.of(
                            i + 1, c, SOCIAL_ORGANISATION.substring(0, i) + c + SOCIAL_ORGANISATION.substring(i + 1)));
                }
            }
        }
        assertThat(changes).hasSize(18 * 30);
        return changes.stream();
    }

    @ParameterizedTest(name = "position {0} -> {1}")
    @MethodSource("singleCharacterChanges")
    void everySingleCharacterChangeIsInvalid(int position, char c, String changed) {
        assertThat(UnifiedSocialCreditCode.isValid(changed)).isFalse();
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(changed))
                .isInstanceOf(InvalidIdentifierException.class)
                .message()
                .doesNotContain(changed);
    }

    @Test
    void forbiddenLettersAreRejectedAtEveryPosition() {
        for (char forbidden : "IOSVZiosvz".toCharArray()) {
            for (int i = 0; i < 18; i++) {
                String text = SOCIAL_ORGANISATION.substring(0, i) + forbidden + SOCIAL_ORGANISATION.substring(i + 1);
                assertThat(UnifiedSocialCreditCode.isValid(text)).as(text).isFalse();
                assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(text))
                        .isInstanceOf(InvalidIdentifierException.class);
            }
        }
    }

    @Test
    void forbiddenLetterIsReportedByPosition() {
        String text = "51110105MJ000O001" + "N";
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(text))
                .hasMessageContaining("position 14")
                .hasMessageContaining("\"5111**********001N\"");
    }

    @Test
    void lettersInTheRegionCodeAreRejectedEvenWithACorrectCheckCharacter() {
        String text = withCheck("5111A105MJ0000001");
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("positions 3-8");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "5",
                "51110105MJ0000001",
                "51110105MJ0000001NN",
                " 51110105MJ0000001N",
                "51110105MJ0000001N ",
                "51110105MJ 000001N",
                "51110105MJ0000001\u00d1",
                "５1110105MJ0000001N",
                "51110105MJ-000001N"
            })
    void malformedInputIsRejected(String text) {
        assertThat(UnifiedSocialCreditCode.isValid(text)).isFalse();
        assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .satisfies(e -> {
                    if (text.length() >= 5) {
                        assertThat(e.getMessage()).doesNotContain(text);
                    }
                });
    }

    @Test
    void nullIsRejected() {
        new NullPointerTester().testAllPublicStaticMethods(UnifiedSocialCreditCode.class);
        new NullPointerTester().testAllPublicInstanceMethods(UnifiedSocialCreditCode.parse(SOCIAL_ORGANISATION));
    }

    @Test
    void equalsAndHashCode() {
        new EqualsTester()
                .addEqualityGroup(
                        UnifiedSocialCreditCode.parse(SOCIAL_ORGANISATION),
                        UnifiedSocialCreditCode.parse(SOCIAL_ORGANISATION.toLowerCase(Locale.ROOT)))
                .addEqualityGroup(UnifiedSocialCreditCode.parse(withCheck("52110105MJ0000001")))
                .addEqualityGroup(SOCIAL_ORGANISATION)
                .testEquals();
    }

    @Nested
    class Properties {

        @Test
        void generatedCodesRoundTrip() {
            qt().forAll(IdGenerators.unifiedSocialCreditCodes()).checkAssert(code -> {
                assertThat(UnifiedSocialCreditCode.parse(code.value())).isEqualTo(code);
                assertThat(UnifiedSocialCreditCode.parse(code.value().toLowerCase(Locale.ROOT)))
                        .isEqualTo(code);
                assertThat(code.toString()).isEqualTo(code.value());
                assertThat(code.value())
                        .isEqualTo(code.authorityCode() + ""
                                + code.organisationTypeCode() + code.regionCode() + code.organisationCode()
                                + code.value().charAt(17));
                assertThat(code.regionCode()).matches("[0-9]{6}");
                assertThat(code.registrationAuthority()).isEqualTo(RegistrationAuthority.ofCode(code.authorityCode()));
            });
        }

        @Test
        void civilAffairsGeneratorYieldsCivilAffairsCodesWithAType() {
            qt().forAll(IdGenerators.civilAffairsCreditCodes()).checkAssert(code -> {
                assertThat(code.isCivilAffairsRegistered()).isTrue();
                assertThat(code.registrationAuthority()).isEqualTo(RegistrationAuthority.CIVIL_AFFAIRS);
                assertThat(code.civilAffairsOrganisationType()).isPresent();
            });
        }

        @Test
        void exactlyOneCheckCharacterIsAccepted() {
            Gen<Character> symbols = integers().between(0, 30).map(CHARSET::charAt);
            qt().forAll(IdGenerators.unifiedSocialCreditCodes(), symbols)
                    .checkAssert((code, c) -> assertThat(
                                    UnifiedSocialCreditCode.isValid(code.value().substring(0, 17) + c))
                            .isEqualTo(c == code.value().charAt(17)));
        }

        @Test
        void aTransposedPairOfDifferentAdjacentCharactersIsRejected() {
            qt().forAll(IdGenerators.unifiedSocialCreditCodes(), integers().between(0, 16))
                    .assuming(
                            (code, i) -> code.value().charAt(i) != code.value().charAt(i + 1))
                    .checkAssert((code, i) -> {
                        char[] chars = code.value().toCharArray();
                        char t = chars[i];
                        chars[i] = chars[i + 1];
                        chars[i + 1] = t;
                        assertThat(UnifiedSocialCreditCode.isValid(new String(chars)))
                                .isFalse();
                    });
        }

        @Test
        void generatorsCoverKnownAndUnknownAuthorities() {
            List<RegistrationAuthority> seen = new ArrayList<>();
            qt().withExamples(500)
                    .forAll(IdGenerators.unifiedSocialCreditCodes())
                    .checkAssert(code -> seen.add(code.registrationAuthority()));
            assertThat(seen).contains(RegistrationAuthority.values());
        }
    }

    @Nested
    class Json {

        private final ObjectMapper mapper = new ObjectMapper();

        @Test
        void roundTrips() throws Exception {
            UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(SOCIAL_ORGANISATION);
            String json = mapper.writeValueAsString(code);

            assertThat(json).isEqualTo("\"" + SOCIAL_ORGANISATION + "\"");
            assertThat(mapper.readValue(json, UnifiedSocialCreditCode.class)).isEqualTo(code);
        }

        @Test
        void invalidValueIsRejected() {
            assertThatThrownBy(() -> mapper.readValue("\"51110105MJ0000001A\"", UnifiedSocialCreditCode.class))
                    .hasRootCauseInstanceOf(InvalidIdentifierException.class);
        }
    }
}
