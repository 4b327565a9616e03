package org.minzheng.core.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.id.UnifiedSocialCreditCode;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid identifiers, for property-based tests.
 *
 * <p>This class is public API of the {@code minzheng-core} tests jar ({@code test-jar}); integrators
 * can use it in their own property tests, for example
 * <pre>{@code
 * qt().forAll(IdGenerators.residentIdNumbersBornBetween(LocalDate.of(1940, 1, 1),
 *                                                       LocalDate.of(1965, 1, 1)))
 *     .checkAssert(id -> assertThat(rules.isElderly(id, today)).isTrue());
 * }</pre>
 *
 * <p>The generated identifiers are synthetic: their check characters are correct, but they are
 * random and are not drawn from any register. Check characters are computed here by an
 * implementation independent of {@code org.minzheng.core.id}, so that tests using these generators
 * also check the production code. Failing examples are reported with their full value (not
 * masked), so that a failure can be reproduced.
 */
public final class IdGenerators {

    /** The earliest birth date a {@link ResidentIdNumber} accepts. */
    private static final LocalDate MIN_BIRTH_DATE = LocalDate.of(1800, 1, 1);
    /** The day after the latest birth date a {@link ResidentIdNumber} accepts. */
    private static final LocalDate MAX_BIRTH_DATE_EXCLUSIVE = LocalDate.of(10000, 1, 1);

    /** Two-digit province-level codes of GB/T 2260, used as the start of address codes. */
    private static final List<String> PROVINCES = List.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    /** The 31 symbols of GB 32100-2015, in order of value. */
    private static final String CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** 31^9: the number of possible nine-character entity identifiers. */
    private static final long ENTITY_IDENTIFIERS = 26_439_622_160_671L;

    private IdGenerators() {}

    /**
     * Obtains a generator of valid resident identity numbers (公民身份号码) covering everything
     * {@link ResidentIdNumber#parse(CharSequence)} accepts: birth dates from 1800-01-01 to
     * 9999-12-31, both sexes, address codes starting with a real province-level code.
     *
     * <p>Most birth dates will be implausible for a living person; use
     * {@link #residentIdNumbersBornBetween(LocalDate, LocalDate)} for realistic ages.
     *
     * @return the generator, not null
     */
    public static Gen<ResidentIdNumber> residentIdNumbers() {
        return residentIdNumbersBornBetween(MIN_BIRTH_DATE, MAX_BIRTH_DATE_EXCLUSIVE);
    }

    /**
     * Obtains a generator of valid resident identity numbers (公民身份号码) whose birth date lies in
     * a range. The sequence code, and so the sex, is random.
     *
     * @param from the earliest birth date, inclusive, not null
     * @param toExclusive the end of the range, exclusive, not null
     * @return the generator, not null
     * @throws NullPointerException if either date is null
     * @throws IllegalArgumentException if {@code from} is not before {@code toExclusive}, or if the
     *     range is not within 1800-01-01 to 9999-12-31
     */
    public static Gen<ResidentIdNumber> residentIdNumbersBornBetween(LocalDate from, LocalDate toExclusive) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(toExclusive, "toExclusive");
        if (!from.isBefore(toExclusive)) {
            throw new IllegalArgumentException("from must be before toExclusive: " + from + ", " + toExclusive);
        }
        if (from.isBefore(MIN_BIRTH_DATE) || toExclusive.isAfter(MAX_BIRTH_DATE_EXCLUSIVE)) {
            throw new IllegalArgumentException(
                    "birth dates must lie within 1800-01-01 to 9999-12-31: " + from + ", " + toExclusive);
        }
        Gen<String> addressCodes =
                Generate.pick(PROVINCES).zip(integers().between(0, 9999), (p, n) -> p + digits(n, 4));
        Gen<LocalDate> birthDates =
                longs().between(from.toEpochDay(), toExclusive.toEpochDay() - 1).map(LocalDate::ofEpochDay);
        Gen<Integer> sequences = integers().between(0, 999);
        return addressCodes
                .zip(birthDates, sequences, (address, birth, sequence) -> {
                    String body = address
                            + digits(birth.getYear(), 4)
                            + digits(birth.getMonthValue(), 2)
                            + digits(birth.getDayOfMonth(), 2)
                            + digits(sequence, 3);
                    return ResidentIdNumber.parse(body + residentIdCheckCharacter(body));
                })
                .describedAs(ResidentIdNumber::value);
    }

    /**
     * Obtains a generator of valid unified social credit codes (统一社会信用代码) covering
     * everything {@link UnifiedSocialCreditCode#parse(CharSequence)} accepts. About half of the
     * codes have one of the registration-authority codes of GB 32100-2015 Annex A ({@code 1},
     * {@code 5}, {@code 9}, {@code Y}); the rest have any of the 31 symbols, mostly ones this
     * library reports as unknown.
     *
     * @return the generator, not null
     */
    public static Gen<UnifiedSocialCreditCode> unifiedSocialCreditCodes() {
        Gen<Character> authorities = Generate.oneOf(Generate.pick(List.of('1', '5', '9', 'Y')), creditSymbols());
        return creditCodes(authorities, creditSymbols());
    }

    /**
     * Obtains a generator of valid unified social credit codes of organisations registered by
     * civil affairs (民政): registration-authority code {@code 5} and organisation-type code
     * {@code 1} (社会团体), {@code 2} (民办非企业单位/社会服务机构), {@code 3} (基金会) or
     * {@code 9} (其他).
     *
     * @return the generator, not null
     */
    public static Gen<UnifiedSocialCreditCode> civilAffairsCreditCodes() {
        return creditCodes(Generate.constant('5'), Generate.pick(List.of('1', '2', '3', '9')));
    }

    /**
     * Computes the GB 11643-1999 check character (ISO 7064 MOD 11-2) for the first 17 digits of a
     * resident identity number. Useful to build test numbers with a known birth date or address.
     *
     * @param first17 the first 17 characters, ASCII digits, not null
     * @return the check character: a digit or {@code X}
     * @throws NullPointerException if {@code first17} is null
     * @throws IllegalArgumentException if {@code first17} is not 17 ASCII digits
     */
    public static char residentIdCheckCharacter(CharSequence first17) {
        Objects.requireNonNull(first17, "first17");
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 digits, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit at position " + (i + 1));
            }
            sum += (c - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11);
    }

    /**
     * Computes the GB 32100-2015 check character for the first 17 characters of a unified social
     * credit code. Useful to build test codes with a chosen authority, type or region.
     *
     * @param first17 the first 17 characters, upper case, from
     *     {@code 0123456789ABCDEFGHJKLMNPQRTUWXY}, not null
     * @return the check character
     * @throws NullPointerException if {@code first17} is null
     * @throws IllegalArgumentException if {@code first17} does not have 17 characters of that set
     */
    public static char creditCodeCheckCharacter(CharSequence first17) {
        Objects.requireNonNull(first17, "first17");
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CREDIT_CHARSET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not a code symbol at position " + (i + 1));
            }
            sum += v * CREDIT_WEIGHTS[i];
        }
        return CREDIT_CHARSET.charAt((31 - sum % 31) % 31);
    }

    // ------------------------------------------------------------------ helpers

    private static Gen<UnifiedSocialCreditCode> creditCodes(Gen<Character> authorities, Gen<Character> types) {
        Gen<String> regions = integers().between(0, 999_999).map(n -> digits(n, 6));
        Gen<String> entities = longs().between(0, ENTITY_IDENTIFIERS - 1).map(IdGenerators::base31);
        return authorities
                .zip(types, regions, entities, (authority, type, region, entity) -> {
                    String body = "" + authority + type + region + entity;
                    return UnifiedSocialCreditCode.parse(body + creditCodeCheckCharacter(body));
                })
                .describedAs(UnifiedSocialCreditCode::value);
    }

    private static Gen<Character> creditSymbols() {
        List<Character> symbols = new ArrayList<>();
        for (char c : CREDIT_CHARSET.toCharArray()) {
            symbols.add(c);
        }
        return Generate.pick(symbols);
    }

    /** Nine symbols of the credit-code charset for a number in [0, 31^9). */
    private static String base31(long n) {
        char[] chars = new char[9];
        long rest = n;
        for (int i = 8; i >= 0; i--) {
            chars[i] = CREDIT_CHARSET.charAt((int) (rest % 31));
            rest /= 31;
        }
        return new String(chars);
    }

    /** Zero-padded ASCII digits, independent of the default locale. */
    private static String digits(int n, int width) {
        return String.format(Locale.ROOT, "%0" + width + "d", n);
    }
}
