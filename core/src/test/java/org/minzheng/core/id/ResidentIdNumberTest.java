package org.minzheng.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.minzheng.core.testing.IdGenerators.residentIdCheckCharacter;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.core.testing.IdGenerators;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ResidentIdNumberTest {

    /** The example number of GB 11643-1999. */
    private static final String SAMPLE = "11010519491231002X";

    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);

    /** Builds a number with a correct check character from its first 17 digits. */
    private static String withCheck(String first17) {
        return first17 + residentIdCheckCharacter(first17);
    }

    @Nested
    class GbSample {

        @Test
        void isValid() {
            assertThat(ResidentIdNumber.isValid(SAMPLE)).isTrue();
        }

        @Test
        void fields() {
            ResidentIdNumber id = ResidentIdNumber.parse(SAMPLE);

            assertThat(id.value()).isEqualTo(SAMPLE);
            assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
            assertThat(id.sex()).isEqualTo(Sex.FEMALE);
            assertThat(id.sex().zhLabel()).isEqualTo("女");
            assertThat(id.addressCode()).isEqualTo("110105");
        }

        @Test
        void maskedAndToString() {
            ResidentIdNumber id = ResidentIdNumber.parse(SAMPLE);

            assertThat(id.masked()).isEqualTo("1101**********002X");
            assertThat(id.toString()).isEqualTo("1101**********002X");
        }

        @Test
        void lowerCaseCheckCharacterIsNormalised() {
            ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002x");

            assertThat(id.value()).isEqualTo(SAMPLE);
            assertThat(id).isEqualTo(ResidentIdNumber.parse(SAMPLE));
        }

        @Test
        void acceptsAnyCharSequence() {
            assertThat(ResidentIdNumber.parse(new StringBuilder(SAMPLE)).value())
                    .isEqualTo(SAMPLE);
        }
    }

    /** Every replacement of one character by another allowed character (0-9, X). */
    static Stream<Arguments> singleCharacterChanges() {
        String allowed = "0123456789X";
        List<Arguments> changes = new ArrayList<>();
        for (int i = 0; i < SAMPLE.length(); i++) {
            for (char c : allowed.toCharArray()) {
                if (c != SAMPLE.charAt(i)) {
                    changes.add(Arguments.of(i + 1, c, SAMPLE.substring(0, i) + c + SAMPLE.substring(i + 1)));
                }
            }
        }
        assertThat(changes).hasSize(18 * 10);
        return changes.stream();
    }

    @ParameterizedTest(name = "position {0} -> {1}")
    @MethodSource("singleCharacterChanges")
    void everySingleCharacterChangeOfTheSampleIsInvalid(int position, char c, String changed) {
        assertThat(ResidentIdNumber.isValid(changed)).isFalse();
        InvalidIdentifierException e =
                catchThrowableOfType(InvalidIdentifierException.class, () -> ResidentIdNumber.parse(changed));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).doesNotContain(changed).doesNotContain(SAMPLE);
    }

    @Nested
    class BirthDate {

        @Test
        void invalidCalendarDateIsRejectedEvenWithCorrectCheckCharacter() {
            String number = withCheck("11010519490230002");

            assertThat(ResidentIdNumber.isValid(number)).isFalse();
            assertThatThrownBy(() -> ResidentIdNumber.parse(number))
                    .isInstanceOf(InvalidIdentifierException.class)
                    .hasMessageContaining("birth date")
                    .hasMessageContaining("calendar date")
                    .message()
                    .doesNotContain(number)
                    .doesNotContain("19490230");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "19491301",
                    "19490001",
                    "19491200",
                    "19490431",
                    "19000229",
                    "20230229",
                    "00000101",
                    "17991231"
                })
        void impossibleDatesAreRejected(String date) {
            String number = withCheck("110105" + date + "002");

            assertThat(ResidentIdNumber.isValid(number)).isFalse();
            assertThatThrownBy(() -> ResidentIdNumber.parse(number))
                    .isInstanceOf(InvalidIdentifierException.class)
                    .hasMessageContaining("birth date")
                    .message()
                    .doesNotContain(date);
        }

        @ParameterizedTest
        @ValueSource(strings = {"18000101", "20000229", "20240229", "99991231", "19700101"})
        void boundaryDatesAreAccepted(String date) {
            ResidentIdNumber id = ResidentIdNumber.parse(withCheck("110105" + date + "002"));

            assertThat(id.birthDate()).isEqualTo(LocalDate.parse(date, BASIC_DATE));
        }
    }

    @Nested
    class MalformedInput {

        @ParameterizedTest
        @ValueSource(
                strings = {"", "1", "11010519491231002", "11010519491231002XX", "110105194912310020X", "110105491231002"
                })
        void wrongLengthIsRejected(String text) {
            assertThat(ResidentIdNumber.isValid(text)).isFalse();
            assertThatThrownBy(() -> ResidentIdNumber.parse(text))
                    .isInstanceOf(InvalidIdentifierException.class)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("18 characters");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    " 11010519491231002X", "11010519491231002X ", "11010519491231002X\n",
                    " 1010519491231002X", "1101051949123100 X", "110105-9491231002X",
                    "11010519491231002A", "1101051949123100XX", "X1010519491231002X",
                    "110105194912310O2X", "１1010519491231002X", "११010519491231002X",
                    "11010519491231002\u0000", "11010519491231002Y"
                })
        void illegalCharacterIsRejected(String text) {
            assertThat(ResidentIdNumber.isValid(text)).isFalse();
            assertThatThrownBy(() -> ResidentIdNumber.parse(text))
                    .isInstanceOf(InvalidIdentifierException.class)
                    .message()
                    .doesNotContain(text)
                    .doesNotContain(SAMPLE);
        }

        @Test
        void messageOfWrongCharacterNamesThePosition() {
            assertThatThrownBy(() -> ResidentIdNumber.parse("110105194912310O2X"))
                    .hasMessageContaining("position 16")
                    .hasMessageContaining("1101**********");
        }

        @Test
        void messageOfWrongCheckCharacterShowsOnlyTheMaskedInput() {
            assertThatThrownBy(() -> ResidentIdNumber.parse("110105194912310021"))
                    .hasMessage("Invalid resident identity number (公民身份号码) \"1101**********0021\":"
                            + " the check character (position 18) does not match the first 17"
                            + " characters (ISO 7064 MOD 11-2)");
        }

        @Test
        void messageDoesNotForgeLogLines() {
            assertThatThrownBy(() -> ResidentIdNumber.parse("11\n10519491231002X"))
                    .message()
                    .doesNotContain("\n");
        }

        @Test
        void messageNeverContainsTheInput() {
            // 18-character near misses exercise the masked echo; other lengths are not echoed
            Gen<String> eighteenDigits = strings()
                    .betweenCodePoints('0', '9')
                    .ofLength(17)
                    .zip(Generate.pick(List.of("0", "5", "9", "X", "x", "A", " ")), String::concat);
            Gen<String> almostNumbers =
                    strings().betweenCodePoints('0', 'Z').ofLengthBetween(5, 30).mix(eighteenDigits, 70);
            qt().forAll(almostNumbers)
                    .assuming(text -> !ResidentIdNumber.isValid(text))
                    .checkAssert(text -> assertThatThrownBy(() -> ResidentIdNumber.parse(text))
                            .isInstanceOf(InvalidIdentifierException.class)
                            .message()
                            .doesNotContain(text));
        }

        @Test
        void nullIsRejected() {
            new NullPointerTester().testAllPublicStaticMethods(ResidentIdNumber.class);
            new NullPointerTester().testAllPublicInstanceMethods(ResidentIdNumber.parse(SAMPLE));
        }
    }

    @Nested
    class Sexes {

        @Test
        void oddSequenceIsMale() {
            ResidentIdNumber id = ResidentIdNumber.parse(withCheck("11010519491231001"));

            assertThat(id.sex()).isEqualTo(Sex.MALE);
            assertThat(id.sex().zhLabel()).isEqualTo("男");
        }

        @Test
        void sexFollowsParityOfPosition17() {
            qt().forAll(IdGenerators.residentIdNumbers())
                    .checkAssert(id -> assertThat(id.sex())
                            .isEqualTo((id.value().charAt(16) - '0') % 2 == 0 ? Sex.FEMALE : Sex.MALE));
        }
    }

    @Nested
    class Age {

        private final ResidentIdNumber sample = ResidentIdNumber.parse(SAMPLE);

        @Test
        void increasesOnTheBirthday() {
            assertThat(sample.ageOn(LocalDate.of(2024, 12, 30))).isEqualTo(74);
            assertThat(sample.ageOn(LocalDate.of(2024, 12, 31))).isEqualTo(75);
            assertThat(sample.ageOn(LocalDate.of(1949, 12, 31))).isZero();
        }

        @Test
        void bornOnLeapDayAgesOnFirstOfMarchInCommonYears() {
            ResidentIdNumber leap = ResidentIdNumber.parse(withCheck("11010520000229001"));

            assertThat(leap.ageOn(LocalDate.of(2001, 2, 28))).isZero();
            assertThat(leap.ageOn(LocalDate.of(2001, 3, 1))).isEqualTo(1);
            assertThat(leap.ageOn(LocalDate.of(2004, 2, 28))).isEqualTo(3);
            assertThat(leap.ageOn(LocalDate.of(2004, 2, 29))).isEqualTo(4);
        }

        @Test
        void dateBeforeBirthIsRejected() {
            assertThatThrownBy(() -> sample.ageOn(LocalDate.of(1949, 12, 30)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .message()
                    .doesNotContain("1949");
        }

        @Test
        void ageIsTheNumberOfBirthdaysPassed() {
            qt().forAll(
                            IdGenerators.residentIdNumbersBornBetween(
                                    LocalDate.of(1900, 1, 1), LocalDate.of(2030, 1, 1)),
                            integers().between(1, 120))
                    .assuming((id, years) -> !isLeapDay(id.birthDate()))
                    .checkAssert((id, years) -> {
                        LocalDate birthday = id.birthDate().plusYears(years);
                        assertThat(id.ageOn(birthday)).isEqualTo(years);
                        assertThat(id.ageOn(birthday.minusDays(1))).isEqualTo(years - 1);
                    });
        }

        @Test
        void ageNeverDecreasesAndGrowsByAtMostOneADay() {
            qt().forAll(
                            IdGenerators.residentIdNumbersBornBetween(
                                    LocalDate.of(1900, 1, 1), LocalDate.of(2030, 1, 1)),
                            integers().between(0, 120 * 366))
                    .checkAssert((id, days) -> {
                        LocalDate on = id.birthDate().plusDays(days);
                        int age = id.ageOn(on);
                        assertThat(age).isNotNegative();
                        assertThat(id.ageOn(on.plusDays(1))).isBetween(age, age + 1);
                    });
        }

        private boolean isLeapDay(LocalDate date) {
            return date.getMonthValue() == 2 && date.getDayOfMonth() == 29;
        }
    }

    @Nested
    class Properties {

        @Test
        void generatedNumbersRoundTripAndNeverLeakInToString() {
            qt().forAll(IdGenerators.residentIdNumbers()).checkAssert(id -> {
                assertThat(ResidentIdNumber.parse(id.value())).isEqualTo(id);
                assertThat(ResidentIdNumber.isValid(id.value())).isTrue();
                String birth = id.birthDate().format(BASIC_DATE);
                assertThat(id.value()).contains(birth);
                assertThat(id.toString())
                        .hasSize(18)
                        .doesNotContain(id.value())
                        .doesNotContain(birth)
                        .isEqualTo(id.masked())
                        .startsWith(id.value().substring(0, 4))
                        .endsWith(id.value().substring(14))
                        .contains("**********");
            });
        }

        @Test
        void lowerCaseCheckCharacterRoundTrips() {
            qt().forAll(IdGenerators.residentIdNumbers())
                    .checkAssert(
                            id -> assertThat(ResidentIdNumber.parse(id.value().toLowerCase(Locale.ROOT)))
                                    .isEqualTo(id));
        }

        @Test
        void bornBetweenRespectsItsBounds() {
            LocalDate from = LocalDate.of(1950, 1, 1);
            LocalDate to = LocalDate.of(1950, 1, 3);
            qt().forAll(IdGenerators.residentIdNumbersBornBetween(from, to))
                    .checkAssert(id -> assertThat(id.birthDate()).isIn(from, from.plusDays(1)));
        }

        @Test
        void bornBetweenRejectsBadRanges() {
            LocalDate d = LocalDate.of(1950, 1, 1);
            assertThatThrownBy(() -> IdGenerators.residentIdNumbersBornBetween(d, d))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> IdGenerators.residentIdNumbersBornBetween(LocalDate.of(1799, 12, 31), d))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> IdGenerators.residentIdNumbersBornBetween(d, LocalDate.of(10000, 1, 2)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aChangedCheckCharacterIsAlwaysRejected() {
            qt().forAll(
                            IdGenerators.residentIdNumbers(),
                            Generate.pick(List.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X')))
                    .assuming((id, c) -> id.value().charAt(17) != c)
                    .checkAssert((id, c) -> assertThat(
                                    ResidentIdNumber.isValid(id.value().substring(0, 17) + c))
                            .isFalse());
        }
    }

    @Test
    void equalsAndHashCode() {
        new EqualsTester()
                .addEqualityGroup(
                        ResidentIdNumber.parse(SAMPLE),
                        ResidentIdNumber.parse(SAMPLE),
                        ResidentIdNumber.parse("11010519491231002x"))
                .addEqualityGroup(ResidentIdNumber.parse(withCheck("11010519491231001")))
                .addEqualityGroup(SAMPLE)
                .testEquals();
    }

    @Nested
    class Json {

        private final ObjectMapper mapper = new ObjectMapper();

        record CaseFile(ResidentIdNumber applicant) {}

        @Test
        void jsonCarriesTheFullValue() throws Exception {
            ResidentIdNumber id = ResidentIdNumber.parse(SAMPLE);

            assertThat(mapper.writeValueAsString(id)).isEqualTo("\"" + SAMPLE + "\"");
            assertThat(mapper.readValue("\"" + SAMPLE + "\"", ResidentIdNumber.class))
                    .isEqualTo(id);
        }

        @Test
        void roundTripsInsideAnObject() throws Exception {
            CaseFile file = new CaseFile(ResidentIdNumber.parse(SAMPLE));
            String json = mapper.writeValueAsString(file);

            assertThat(json).isEqualTo("{\"applicant\":\"" + SAMPLE + "\"}");
            assertThat(mapper.readValue(json, CaseFile.class)).isEqualTo(file);
        }

        @Test
        void invalidJsonValueFailsWithoutEchoingIt() {
            String bad = withCheck("11010519490230002");
            assertThatThrownBy(() -> mapper.readValue("\"" + bad + "\"", ResidentIdNumber.class))
                    .hasRootCauseInstanceOf(InvalidIdentifierException.class)
                    .message()
                    .doesNotContain(bad);
        }
    }
}
