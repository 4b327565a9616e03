package org.minzheng.examples.population;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Objects;
import java.util.SplittableRandom;
import org.minzheng.core.region.RegionCode;

/**
 * A seeded generator of <strong>synthetic</strong> households (合成家庭, not data about real
 * people) for trying out screening and policy simulations: {@code minzheng population}, the
 * simulation docs and the Spark job's tests use it.
 *
 * <p>Each household is one line in the wrapped form {@code minzheng screen} and {@code minzheng
 * simulate} read:
 * <pre>{"id": "syn-synthetic-1", "region": "330502", "date": "2025-01-01", "synthetic": true,
 *  "facts": {"household": {...}, "previousMonthlyIncome": "..."}}</pre>
 * Every line says it is synthetic twice: the envelope field {@code "synthetic": true} (which
 * {@code screen} and {@code simulate} accept), and the id, {@code syn-synthetic-} followed by the
 * household's number from 1, which survives into every output line that carries the id.
 *
 * <p><strong>Deterministic and streaming.</strong> Household {@code n} depends only on the seed,
 * {@code n}, the region and the date: the same arguments give a byte-identical file on every
 * machine, any household can be made on its own ({@link #line}), and {@link #write} holds one
 * household at a time (a million households need no more memory than one).
 *
 * <h2>Distributions, and where they come from</h2>
 * Two come from published statistics; <em>every other one is invented</em> to exercise the rules
 * (every program family, the exemptions, the periods, the property tests) and to put a useful share
 * of households near the dibao line (最低生活保障标准), so that a reform of the standard shows
 * effects. Nothing here describes Huzhou's (or anyone's) real population, and no figure produced
 * from it is a statement about real people.
 * <ul>
 *   <li><b>Household size</b> 1–6: 27.3 / 26.3 / 19.4 / 14.2 / 6.9 / 5.9 % — the shares of family
 *       households (家庭户) by size in the 2020 census for Fujian province, a neighbouring coastal
 *       province (Fujian Statistical Yearbook 2021, table 3-6 家庭户类型构成,
 *       http://tjj.fujian.gov.cn/tongjinianjian/dz2021/cn-en/html/0306.htm), households of six or
 *       more folded into six. No such table for Zhejiang or Huzhou was found. A population screened
 *       for assistance is not the general population; the share is used as a plausible shape only.</li>
 *   <li><b>Disability</b>: each person has a disability with probability 6.34 %, of category visual
 *       14.86 %, hearing 24.16 %, speech 1.53 %, physical 29.07 %, intellectual 6.68 %, psychiatric
 *       7.40 %, multiple 16.30 % — the Second National Sample Survey on Disability (第二次全国残疾人抽样调查,
 *       standard time 2006-04-01; main figures published 2006-12-01 by its leading group and the
 *       National Bureau of Statistics, as reprinted at
 *       http://scl.jinhua.gov.cn/art/2006/12/4/art_1229441493_146.html). The survey's shares are of
 *       all ages; here they apply to every member whatever the age (an invented simplification). The
 *       grade (1 most severe: 10 / 20 / 30 / 40 % for grades 1–4) and the 80 % holding a certificate
 *       are invented.</li>
 *   <li><b>Composition</b> (invented): one-person households are 20 % aged 18–39, 25 % 40–59, 55 %
 *       60–95; otherwise the applicant is 22–81. Two-person households are a couple (60 %), a parent
 *       and child (25 %) or the applicant with a parent (15 %); larger ones have a spouse (85 %), the
 *       applicant's parents in 40 % of those of four or more with an applicant up to 60, and
 *       children for the rest. Spouses are within five years of the applicant, children 0–30 and
 *       at least 20 years younger, parents 22–35 years older (at most 100).</li>
 *   <li><b>School, work, illness</b> (invented): children of 3–17 attend the level of their age
 *       (10 % of 15–17-year-olds in secondary vocational school); 60 % of 18–22-year-olds are
 *       full-time students (junior college or bachelor); 1 % of people have a serious illness
 *       (重特大疾病); people of 16–59 without a severe disability, serious illness or full-time
 *       study are able to work with probability 90 %; those able to work but without wages are
 *       recorded as without occupation (无业), as are adults under 60 with a severe
 *       disability; 80 % of those able to work earn wages.</li>
 *   <li><b>Income</b> (invented): each household falls in one of three strata — very low (12 %:
 *       counted income per person 0–0.6 × the anchor), near the line (33 %: 0.6–1.4 × the anchor,
 *       triangular around it) or ordinary (55 %: 1.4–9.4 × the anchor, skewed low). The anchor is
 *       {@link #ANCHOR_FEN} = 1,145.00 yuan, Huzhou's dibao standard per person and month from
 *       2024-12-31 (huzhou.yaml, {@code dibao.standard}, OFFICIAL); it is a knob of this generator
 *       whatever the region, not a policy value. The household's total is split at random among
 *       wages of the members able to work (工资性收入), pensions of members aged 60 or more in the
 *       ordinary stratum (转移净收入), a business (经营净收入, 8 %, declared as a year's income over 12
 *       months, 20 % of those with an unstable source) and rent (财产净收入, 5 %); with none of these
 *       it is support from relatives (转移净收入) of the applicant. Members of 60 or more in the
 *       other strata also receive the residents' basic pension, 200–500 yuan a month, marked as the
 *       exempt kind {@code RESIDENT_BASIC_PENSION}. 25 % of the very-low and near households carry
 *       the counted monthly income of a previous check (0.7–1.3 × today's target).</li>
 *   <li><b>Assets</b> (invented): bank deposits for 50 % of very-low and near households
 *       (100–40,000 yuan) and 90 % of ordinary ones (1,000–600,000 yuan, skewed low); online
 *       financial assets for 20 % (up to 5,000 yuan); commercial insurance cash value for 10 % of
 *       ordinary households (5,000–100,000 yuan); a private car for 45 % of ordinary households
 *       (30,000–300,000 yuan) and 6 % of the others (10,000–80,000 yuan); a livelihood vehicle
 *       (营运) for 3 % (3,000–30,000 yuan); a disability mobility vehicle for 30 % of households with
 *       a physically disabled member (2,000–10,000 yuan); homes 0 / 1 / 2 for 10 / 78 / 12 % of
 *       ordinary households and 15 / 83 / 2 % of the others. No item is declared necessary.</li>
 *   <li><b>Rigid expenditure</b> (invented): medical bills for 8 % of very-low and near households
 *       (5,000–150,000 yuan gross, 40–70 % reimbursed) and education costs for 30 % of households
 *       with a full-time student of 18–22 (5,000–20,000 yuan), dated within the year before the
 *       application date (0–30 days before the decision date), which such households carry.</li>
 * </ul>
 *
 * <p>Not the benchmarks' {@code org.minzheng.benchmarks.Population}: that generator must stay within
 * what the hand-written dibao baseline and the DMN models decide (no exempt incomes, no
 * deductions, no other vehicles, never UNDETERMINED), and the benchmark figures of past sessions
 * were measured on its exact mix; this one is meant to reach every rule, so the two do not share
 * their draws.
 */
public final class SyntheticPopulation {

    /** The prefix of every household's id; the id is this followed by the household's number from 1. */
    public static final String ID_PREFIX = "syn-synthetic-";

    /** The decision date when none is given: the contract's example date. */
    public static final LocalDate DEFAULT_DATE = LocalDate.of(2025, 1, 1);

    /**
     * The income anchor, in fen: 1,145.00 yuan per person and month, Huzhou's dibao standard from
     * 2024-12-31 (eligibility pack huzhou.yaml, {@code dibao.standard}, OFFICIAL). A knob of the
     * generator that puts households near that line, not a value the rules read.
     */
    public static final long ANCHOR_FEN = 1_145_00L;

    /** Household size 1–6, per mille (2020 census, Fujian: see the class comment). */
    private static final int[] SIZE_PER_MILLE = {273, 263, 194, 142, 69, 59};

    /** Disability per 100,000 people (2006 sample survey: 6.34 %). */
    private static final int DISABILITY_PER_100K = 6_340;

    /** Disability category per 10,000, in {@code DisabilityCategory} order (2006 sample survey). */
    private static final String[] CATEGORIES = {
        "VISUAL", "HEARING", "SPEECH", "PHYSICAL", "INTELLECTUAL", "PSYCHIATRIC", "MULTIPLE"
    };

    private static final int[] CATEGORY_PER_10K = {1486, 2416, 153, 2907, 668, 740, 1630};

    private static final int VERY_LOW = 0;
    private static final int NEAR = 1;
    private static final int ORDINARY = 2;

    private SyntheticPopulation() {}

    /**
     * Writes {@code size} households, one line each ending {@code \n}.
     *
     * @param out    where to write (not closed, not flushed)
     * @param size   how many households, 0 or more
     * @param seed   the seed
     * @param region the region every line names
     * @param date   the decision date every line names
     * @throws IOException if writing fails
     */
    public static void write(Writer out, int size, long seed, RegionCode region, LocalDate date) throws IOException {
        write(out, size, seed, region, date, () -> {});
    }

    /**
     * Writes {@code size} households, one line each ending {@code \n}, calling {@code written}
     * after each (a progress bar).
     *
     * @param out     where to write (not closed, not flushed)
     * @param size    how many households, 0 or more
     * @param seed    the seed
     * @param region  the region every line names
     * @param date    the decision date every line names
     * @param written called after each line
     * @throws IOException if writing fails
     */
    public static void write(Writer out, int size, long seed, RegionCode region, LocalDate date, Runnable written)
            throws IOException {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(written, "written");
        check(size >= 0, "size must be 0 or more");
        StringBuilder sb = new StringBuilder(1024);
        String envelope = envelope(region, date);
        for (int i = 0; i < size; i++) {
            sb.setLength(0);
            append(sb, seed, i, envelope, date);
            sb.append('\n');
            out.append(sb);
            written.run();
        }
    }

    /**
     * One household's line, without the line end.
     *
     * @param seed   the seed
     * @param index  the household's index from 0 (its id is {@code index + 1})
     * @param region the region
     * @param date   the decision date
     * @return the line
     */
    public static String line(long seed, long index, RegionCode region, LocalDate date) {
        check(index >= 0, "index must be 0 or more");
        StringBuilder sb = new StringBuilder(1024);
        append(sb, seed, index, envelope(region, date), date);
        return sb.toString();
    }

    private static String envelope(RegionCode region, LocalDate date) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(date, "date");
        return "\",\"region\":\"" + region.code() + "\",\"date\":\"" + date
                + "\",\"synthetic\":true,\"facts\":{\"household\":{";
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** One person while the household is drawn. */
    private static final class Person {
        String relation;
        int age;
        String school;
        boolean student;
        String disability;
        int grade;
        boolean certificate;
        boolean illness;
        boolean ableToWork;
        boolean unemployed;
        boolean earner;
        LocalDate birth;
    }

    private static void append(StringBuilder sb, long seed, long index, String envelope, LocalDate date) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        int size = 1 + pick(r, SIZE_PER_MILLE, 1000);
        Person[] people = members(r, size, date);
        int p = r.nextInt(100);
        int stratum = p < 12 ? VERY_LOW : p < 45 ? NEAR : ORDINARY;
        long perCapita;
        if (stratum == VERY_LOW) {
            perCapita = r.nextLong(ANCHOR_FEN * 6 / 10 + 1);
        } else if (stratum == NEAR) {
            // triangular on 0.6–1.4 × the anchor, peaked at the anchor
            long half = ANCHOR_FEN * 4 / 10;
            perCapita = ANCHOR_FEN * 6 / 10 + r.nextLong(half + 1) + r.nextLong(half + 1);
        } else {
            // 1.4–9.4 × the anchor, skewed low: the product of two uniforms
            long u = r.nextLong(1_000L) * r.nextLong(1_000L);
            perCapita = ANCHOR_FEN * 14 / 10 + ANCHOR_FEN * 8 * u / 1_000_000L;
        }
        long target = perCapita * size;

        sb.append("{\"id\":\"").append(ID_PREFIX).append(index + 1).append(envelope);
        sb.append("\"members\":[");
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                sb.append(',');
            }
            member(sb, people[i]);
        }
        sb.append("],\"incomes\":[");
        boolean business = r.nextInt(100) < 8;
        boolean unstable = business && r.nextInt(100) < 20;
        incomes(sb, r, people, stratum, target, business, r.nextInt(100) < 5);
        sb.append(']');
        assets(sb, r, people, stratum);
        rigid(sb, r, people, stratum, date);
        if (unstable) {
            sb.append(",\"incomeStable\":false");
        }
        sb.append('}');
        if (stratum != ORDINARY && r.nextInt(100) < 25) {
            long previous = target * (70 + r.nextInt(61)) / 100;
            sb.append(",\"previousMonthlyIncome\":\"");
            money(sb, previous);
            sb.append('"');
        }
        sb.append("}}");
    }

    private static Person[] members(SplittableRandom r, int size, LocalDate date) {
        Person[] people = new Person[size];
        int a;
        if (size == 1) {
            int p = r.nextInt(100);
            a = p < 20 ? 18 + r.nextInt(22) : p < 45 ? 40 + r.nextInt(20) : 60 + r.nextInt(36);
        } else {
            a = 22 + r.nextInt(60);
        }
        people[0] = person(r, "APPLICANT", a, date);
        int i = 1;
        if (size == 2) {
            int p = r.nextInt(100);
            if (p < 60) {
                people[i++] = person(r, "SPOUSE", spouseAge(r, a), date);
            } else if (p < 85) {
                people[i++] = person(r, "CHILD", childAge(r, a), date);
            } else {
                people[i++] = person(r, "PARENT", parentAge(r, a), date);
            }
        } else if (size > 2) {
            if (r.nextInt(100) < 85) {
                people[i++] = person(r, "SPOUSE", spouseAge(r, a), date);
            }
            if (size >= 4 && a <= 60 && r.nextInt(100) < 40) {
                int parents = 1 + r.nextInt(2);
                for (int k = 0; k < parents && i < size - 1; k++) {
                    people[i++] = person(r, "PARENT", parentAge(r, a), date);
                }
            }
            while (i < size) {
                people[i++] = person(r, "CHILD", childAge(r, a), date);
            }
        }
        return people;
    }

    private static int spouseAge(SplittableRandom r, int a) {
        return Math.max(18, a - 5 + r.nextInt(11));
    }

    private static int childAge(SplittableRandom r, int a) {
        return r.nextInt(Math.min(30, a - 20) + 1);
    }

    private static int parentAge(SplittableRandom r, int a) {
        return Math.min(100, a + 22 + r.nextInt(14));
    }

    private static Person person(SplittableRandom r, String relation, int age, LocalDate date) {
        Person m = new Person();
        m.relation = relation;
        m.age = age;
        // the birthday falls in the year after the age was reached, so the completed age is `age`
        m.birth = date.minusYears(age).minusDays(1 + r.nextInt(364));
        if (age >= 3 && age <= 17) {
            m.student = true;
            m.school = age <= 5
                    ? "PRESCHOOL"
                    : age <= 11
                            ? "PRIMARY"
                            : age <= 14
                                    ? "JUNIOR_SECONDARY"
                                    : r.nextInt(10) == 0 ? "SECONDARY_VOCATIONAL" : "SENIOR_SECONDARY";
        } else if (age >= 18 && age <= 22 && r.nextInt(100) < 60) {
            m.student = true;
            m.school = r.nextInt(100) < 45 ? "JUNIOR_COLLEGE" : "BACHELOR";
        }
        if (r.nextInt(100_000) < DISABILITY_PER_100K) {
            m.disability = CATEGORIES[pick(r, CATEGORY_PER_10K, 10_000)];
            int g = r.nextInt(100);
            m.grade = g < 10 ? 1 : g < 30 ? 2 : g < 60 ? 3 : 4;
            m.certificate = r.nextInt(100) < 80;
        }
        m.illness = r.nextInt(100) == 0;
        boolean severe = m.disability != null && m.grade <= 2;
        m.ableToWork = age >= 16 && age < 60 && !severe && !m.illness && !m.student && r.nextInt(100) < 90;
        m.earner = m.ableToWork && r.nextInt(100) < 80;
        // without occupation (无业): able to work but without wages, or an adult with a severe disability
        m.unemployed = (m.ableToWork && !m.earner) || (severe && age >= 18 && age < 60);
        return m;
    }

    private static void member(StringBuilder sb, Person m) {
        sb.append("{\"relation\":\"")
                .append(m.relation)
                .append("\",\"birthDate\":\"")
                .append(m.birth)
                .append('"');
        if (m.school != null) {
            sb.append(",\"schoolLevel\":\"").append(m.school).append("\",\"fullTimeStudent\":true");
        }
        if (m.disability != null) {
            sb.append(",\"disability\":{\"category\":\"")
                    .append(m.disability)
                    .append("\",\"grade\":")
                    .append(m.grade)
                    .append(",\"certificate\":")
                    .append(m.certificate)
                    .append('}');
        }
        if (m.illness) {
            sb.append(",\"seriousIllness\":true");
        }
        if (m.ableToWork) {
            sb.append(",\"ableToWork\":true");
        }
        if (m.unemployed) {
            sb.append(",\"unemployed\":true");
        }
        sb.append('}');
    }

    /**
     * Splits the counted target at random among the sources (wages of earners, pensions in the
     * ordinary stratum, a business, rent; support from relatives when there is none), the last
     * source taking the remainder so that the items add up to the target exactly; then adds the
     * exempt residents' basic pension of members aged 60 or more outside the ordinary stratum.
     */
    private static void incomes(
            StringBuilder sb,
            SplittableRandom r,
            Person[] people,
            int stratum,
            long target,
            boolean business,
            boolean rent) {
        // sources of counted income: index of the member (or -1 for business/rent/support) and a kind
        int n = people.length;
        int[] member = new int[n + 3];
        String[] kind = new String[n + 3];
        int sources = 0;
        for (int i = 0; i < n; i++) {
            Person m = people[i];
            if (m.ableToWork && m.earner) {
                member[sources] = i;
                kind[sources++] = "WAGES";
            } else if (m.age >= 60 && stratum == ORDINARY) {
                member[sources] = i;
                kind[sources++] = "TRANSFER_NET";
            }
        }
        if (business) {
            member[sources] = 0;
            kind[sources++] = "BUSINESS_NET";
        }
        if (rent) {
            member[sources] = 0;
            kind[sources++] = "PROPERTY_NET";
        }
        if (sources == 0 && target > 0) {
            member[sources] = 0;
            kind[sources++] = "TRANSFER_NET";
        }
        int[] weight = new int[sources];
        int total = 0;
        for (int s = 0; s < sources; s++) {
            weight[s] = 1 + r.nextInt(10);
            total += weight[s];
        }
        long left = target;
        boolean first = true;
        for (int s = 0; s < sources; s++) {
            long amount = s == sources - 1 ? left : target * weight[s] / total;
            left -= amount;
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append("{\"member\":")
                    .append(member[s])
                    .append(",\"category\":\"")
                    .append(kind[s])
                    .append('"');
            if (kind[s].equals("BUSINESS_NET")) {
                sb.append(",\"amount\":\"");
                money(sb, amount * 12);
                sb.append("\",\"months\":12}");
            } else {
                sb.append(",\"amount\":\"");
                money(sb, amount);
                sb.append("\"}");
            }
        }
        if (stratum != ORDINARY) {
            for (int i = 0; i < n; i++) {
                if (people[i].age >= 60) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    sb.append("{\"member\":").append(i).append(",\"category\":\"TRANSFER_NET\",\"amount\":\"");
                    money(sb, 200_00L + r.nextLong(300_01L));
                    sb.append("\",\"exemption\":\"RESIDENT_BASIC_PENSION\"}");
                }
            }
        }
    }

    private static void assets(StringBuilder sb, SplittableRandom r, Person[] people, int stratum) {
        boolean ordinary = stratum == ORDINARY;
        sb.append(",\"assets\":{\"property\":[");
        boolean first = true;
        if (r.nextInt(100) < (ordinary ? 90 : 50)) {
            long fen = ordinary
                    ? 1_000_00L + r.nextLong(600_000_00L - 1_000_00L) / 1_000 * r.nextLong(1_000) / 1_000
                    : 100_00L + r.nextLong(40_000_00L - 100_00L);
            first = property(sb, first, "DEPOSIT", fen);
        }
        if (r.nextInt(100) < 20) {
            first = property(sb, first, "ONLINE_FINANCIAL", r.nextLong(5_000_01L));
        }
        if (ordinary && r.nextInt(100) < 10) {
            first = property(sb, first, "COMMERCIAL_INSURANCE", 5_000_00L + r.nextLong(95_000_01L));
        }
        sb.append("],\"vehicles\":[");
        first = true;
        if (r.nextInt(100) < (ordinary ? 45 : 6)) {
            first = vehicle(
                    sb,
                    first,
                    "PRIVATE_CAR",
                    ordinary ? 30_000_00L + r.nextLong(270_000_01L) : 10_000_00L + r.nextLong(70_000_01L));
        }
        if (r.nextInt(100) < 3) {
            first = vehicle(sb, first, "LIVELIHOOD", 3_000_00L + r.nextLong(27_000_01L));
        }
        boolean physical = false;
        for (Person m : people) {
            physical |= "PHYSICAL".equals(m.disability);
        }
        if (physical && r.nextInt(100) < 30) {
            vehicle(sb, first, "DISABILITY_MOBILITY", 2_000_00L + r.nextLong(8_000_01L));
        }
        int h = r.nextInt(100);
        int homes = ordinary ? (h < 10 ? 0 : h < 88 ? 1 : 2) : (h < 15 ? 0 : h < 98 ? 1 : 2);
        sb.append("],\"homes\":").append(homes).append('}');
    }

    private static boolean property(StringBuilder sb, boolean first, String kind, long fen) {
        return item(sb, first, "kind", kind, fen, ",\"necessary\":false}");
    }

    private static boolean vehicle(StringBuilder sb, boolean first, String use, long fen) {
        return item(sb, first, "use", use, fen, "}");
    }

    /** Appends {@code {"field":"name","value":"fen as yuan"} + rest}, after a comma unless first; returns false. */
    private static boolean item(StringBuilder sb, boolean first, String field, String name, long fen, String rest) {
        if (!first) {
            sb.append(',');
        }
        sb.append("{\"").append(field).append("\":\"").append(name).append("\",\"value\":\"");
        money(sb, fen);
        sb.append('"').append(rest);
        return false;
    }

    private static void rigid(StringBuilder sb, SplittableRandom r, Person[] people, int stratum, LocalDate date) {
        boolean medical = stratum != ORDINARY && r.nextInt(100) < 8;
        boolean college = false;
        for (Person m : people) {
            college |= m.student && m.age >= 18;
        }
        boolean education = college && r.nextInt(100) < 30;
        if (!medical && !education) {
            return;
        }
        LocalDate applied = date.minusDays(r.nextInt(31));
        sb.append(",\"rigidExpenditures\":[");
        if (medical) {
            long gross = 5_000_00L + r.nextLong(145_000_01L);
            long reimbursed = gross * (40 + r.nextInt(31)) / 100;
            expenditure(sb, "MEDICAL", applied.minusDays(1 + r.nextInt(360)), gross, reimbursed);
        }
        if (education) {
            if (medical) {
                sb.append(',');
            }
            expenditure(sb, "EDUCATION", applied.minusDays(1 + r.nextInt(360)), 5_000_00L + r.nextLong(15_000_01L), 0);
        }
        sb.append("],\"applicationDate\":\"").append(applied).append('"');
    }

    private static void expenditure(StringBuilder sb, String type, LocalDate when, long gross, long reimbursed) {
        sb.append("{\"type\":\"")
                .append(type)
                .append("\",\"date\":\"")
                .append(when)
                .append("\",\"gross\":\"");
        money(sb, gross);
        sb.append("\",\"reimbursed\":\"");
        money(sb, reimbursed);
        sb.append("\",\"assistance\":\"0.00\"}");
    }

    /** Appends fen as yuan with two decimals ({@code 1234.05}); never negative here. */
    static void money(StringBuilder sb, long fen) {
        sb.append(fen / 100).append('.');
        long cents = fen % 100;
        if (cents < 10) {
            sb.append('0');
        }
        sb.append(cents);
    }

    /** @return an index drawn with the given weights summing to {@code total} */
    private static int pick(SplittableRandom r, int[] weights, int total) {
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
