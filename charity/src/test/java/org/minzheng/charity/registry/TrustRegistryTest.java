package org.minzheng.charity.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minzheng.charity.testing.SampleTrusts;
import org.minzheng.charity.trust.CharitableTrust;
import org.minzheng.charity.trust.CivilAffairsDepartment;
import org.minzheng.charity.trust.ImmutableCharitableTrust;
import org.minzheng.charity.trust.PropertyKind;
import org.minzheng.charity.trust.TrustProperty;
import org.minzheng.charity.trust.TrustTerm;
import org.minzheng.charity.trust.TrusteeType;
import org.minzheng.core.money.Money;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.region.RegionLevel;
import org.minzheng.core.testing.IdGenerators;
import org.minzheng.core.validation.InvalidInputException;

class TrustRegistryTest {

    static final RegionCode HUZHOU = RegionCode.of("330500");

    static String code(String first17) {
        return first17 + IdGenerators.creditCodeCheckCharacter(first17);
    }

    /** A trust filed on a day with a department, worth the given cash and non-cash amounts. */
    static CharitableTrust filed(String number, String department, LocalDate filedOn, String cash, String nonCash) {
        RegionCode region = RegionCode.of(department);
        List<TrustProperty> property = new ArrayList<>();
        if (cash != null) {
            property.add(TrustProperty.of(PropertyKind.CASH, Money.parse(cash)));
        }
        if (nonCash != null) {
            property.add(TrustProperty.of(PropertyKind.NON_CASH, Money.parse(nonCash)));
        }
        String trusteeCode = code("53" + region.code() + "MJ" + number.substring(number.length() - 7));
        ImmutableCharitableTrust.Builder b = SampleTrusts.cashTrust(filedOn.minusDays(3), filedOn)
                .trustees(List.of(
                        SampleTrusts.trustee("示例慈善基金会" + number, trusteeCode, TrusteeType.CHARITABLE_ORGANISATION)))
                .property(property)
                .filingAuthority(CivilAffairsDepartment.of(region))
                .filingNumber(number);
        if (cash == null) {
            b.custody(Optional.empty());
        }
        return b.build();
    }

    /**
     * Records that reproduce the Huzhou 2024 report: "截至目前，我市慈善信托备案6114万元、同比增长33%".
     * Filed with Huzhou departments up to 2023-12-31: 45,987,000.00; in 2024: 15,150,654.32; so
     * 61,137,654.32 by 2024-12-31. A Hangzhou record and a 2025 record must not count.
     */
    static List<CharitableTrust> huzhouRecords() {
        return List.of(
                filed("3305002017000001", "330500", LocalDate.of(2017, 5, 10), "10000000.00", null),
                filed("3305022020000002", "330502", LocalDate.of(2020, 8, 1), null, "5987000.00"),
                filed("3305212022000003", "330521", LocalDate.of(2022, 12, 20), "20000000.00", null),
                filed("3305232023000004", "330523", LocalDate.of(2023, 6, 30), "10000000.00", null),
                filed("3305222024000005", "330522", LocalDate.of(2024, 3, 15), "8000000.00", null),
                filed("3305002024000006", "330500", LocalDate.of(2024, 9, 30), "5000000.00", "2150654.32"),
                filed("3301002024000007", "330100", LocalDate.of(2024, 6, 1), "50000000.00", null),
                filed("3305002025000008", "330500", LocalDate.of(2025, 1, 5), "1000000.00", null));
    }

    @Test
    void huzhou2024_reproducesSixtyOnePointOneFourMillion_andThirtyThreePercent() {
        TrustRegistry registry = TrustRegistry.of(huzhouRecords());
        LocalDate asOf = LocalDate.of(2024, 12, 31);
        Totals now = registry.cumulative(HUZHOU, asOf);
        assertThat(now.amount()).isEqualTo(Money.parse("61137654.32"));
        assertThat(now.count()).isEqualTo(6);
        // "6114万元": whole 万元, half up
        assertThat(AmountUnit.WAN.of(now.amount(), 0, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("6114"));
        assertThat(AmountUnit.MILLION.of(now.amount(), 2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("61.14"));
        Growth g = registry.yearOnYear(HUZHOU, asOf);
        assertThat(g.previous()).isEqualTo(Money.parse("45987000.00"));
        assertThat(g.change()).isEqualTo(Money.parse("15150654.32"));
        // "同比增长33%": whole percent, half up; exact value 32.945...%
        assertThat(g.percent(RatioRounding.WHOLE_PERCENT_HALF_UP)).contains(new BigDecimal("33"));
        assertThat(g.percent(new RatioRounding(2, RoundingMode.HALF_UP))).contains(new BigDecimal("32.95"));
        assertThat(g.percent(new RatioRounding(0, RoundingMode.DOWN))).contains(new BigDecimal("32"));
        // the same growth as a calendar-year flow: 2024 against 2023
        assertThat(registry.inYear(HUZHOU, 2024).amount()).isEqualTo(Money.parse("15150654.32"));
        assertThat(registry.annualGrowth(HUZHOU, 2024).previous()).isEqualTo(Money.parse("10000000.00"));
    }

    @Test
    void growth_withoutAPreviousAmount_hasNoRate() {
        Growth g = new Growth(Money.ofYuan(5), Money.ZERO);
        assertThat(g.percent(RatioRounding.WHOLE_PERCENT_HALF_UP)).isEmpty();
        assertThat(new Growth(Money.ofYuan(90), Money.ofYuan(100)).percent(RatioRounding.WHOLE_PERCENT_HALF_UP))
                .contains(new BigDecimal("-10"));
        assertThat(RatioRounding.WHOLE_PERCENT_HALF_UP).hasToString("PERCENT:0:HALF_UP");
    }

    @Test
    void totals_byDepartment_year_andRegion() {
        TrustRegistry registry = TrustRegistry.of(huzhouRecords());
        assertThat(registry.totalsByAuthority().firstKey()).isEqualTo(CivilAffairsDepartment.of("330100"));
        assertThat(registry.totalsByAuthority().get(CivilAffairsDepartment.of("330500")))
                .isEqualTo(new Totals(
                        3, Money.parse("18150654.32"), Money.parse("16000000.00"), Money.parse("2150654.32")));
        assertThat(registry.totalsByYear().keySet()).containsExactly(2017, 2020, 2022, 2023, 2024, 2025);
        assertThat(registry.totalsByYear().get(2024).count()).isEqualTo(3);
        assertThat(registry.totalsByRegion(RegionLevel.PREFECTURE)).containsOnlyKeys(RegionCode.of("330100"), HUZHOU);
        assertThat(registry.totalsByRegion(RegionLevel.PREFECTURE).get(HUZHOU).amount())
                .isEqualTo(Money.parse("62137654.32"));
        assertThat(registry.totalsByRegion(RegionLevel.PROVINCE)).containsOnlyKeys(RegionCode.of("330000"));
        assertThat(registry.totalsByRegion(RegionLevel.COUNTY)).containsKeys(RegionCode.of("330502"), HUZHOU);
        assertThat(registry.total().amount()).isEqualTo(Money.parse("112137654.32"));
    }

    @Test
    void csv_isRfc4180_utf8_crlf_quoted_andDeterministic() {
        List<CharitableTrust> records = new ArrayList<>(huzhouRecords());
        CharitableTrust quoted = ImmutableCharitableTrust.copyOf(records.get(0))
                .withTrustees(List.of(SampleTrusts.trustee(
                        "湖州市\"爱心\",慈善基金会",
                        records.get(0).trustees().get(0).creditCode(),
                        TrusteeType.CHARITABLE_ORGANISATION)));
        records.set(0, quoted);
        String csv = RegistryExport.recordsCsv(TrustRegistry.of(records));
        String[] lines = csv.split("\r\n", -1);
        assertThat(lines).hasSize(records.size() + 2); // header, rows, and the empty string after the last CRLF
        assertThat(lines[lines.length - 1]).isEmpty();
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(lines[0]).isEqualTo(String.join(",", RegistryExport.RECORD_COLUMNS));
        assertThat(lines[1])
                .isEqualTo("3305002017000001,330500,PREFECTURE,2017-05-10,2017-05-07,"
                        + "\"湖州市\"\"爱心\"\",慈善基金会\","
                        + records.get(0).trustees().get(0).creditCode()
                        + ",CHARITABLE_ORGANISATION,1,1,false,POVERTY_AND_HARDSHIP;ELDERLY_ORPHANS_SICK_DISABLED_ENTITLED,"
                        + "10000000.00,10000000.00,0.00,2017-05-07,2022-05-07");
        byte[] bytes = RegistryExport.recordsCsvBytes(TrustRegistry.of(records));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(csv);
        assertThat(bytes[0]).isEqualTo((byte) 'f'); // no byte-order mark
        List<CharitableTrust> shuffled = new ArrayList<>(records);
        Collections.reverse(shuffled);
        assertThat(RegistryExport.recordsCsvBytes(TrustRegistry.of(shuffled))).isEqualTo(bytes);
        assertThat(csv).doesNotContain("张");
        assertThat(RegistryExport.authorityTotalsCsv(TrustRegistry.of(records)))
                .startsWith(
                        "authority_region,authority_level,count,amount,cash,non_cash\r\n330100,PREFECTURE,1,50000000.00,50000000.00,0.00\r\n");
    }

    @Test
    void quote_followsRfc4180() {
        assertThat(RegistryExport.quote("plain")).isEqualTo("plain");
        assertThat(RegistryExport.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(RegistryExport.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(RegistryExport.quote("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(RegistryExport.quote("cr\r")).isEqualTo("\"cr\r\"");
        assertThat(RegistryExport.quote("")).isEmpty();
    }

    @Test
    void json_holdsTheHeadline_isDeterministic_andHasNoNames() {
        List<CharitableTrust> records = huzhouRecords();
        String json = RegistryExport.json(TrustRegistry.of(records), HUZHOU, LocalDate.of(2024, 12, 31));
        List<CharitableTrust> reversed = new ArrayList<>(records);
        Collections.reverse(reversed);
        assertThat(RegistryExport.json(TrustRegistry.of(reversed), HUZHOU, LocalDate.of(2024, 12, 31)))
                .isEqualTo(json);
        assertThat(json)
                .contains("\"growthPercent\" : \"33\"")
                .contains("\"growthRounding\" : \"PERCENT:0:HALF_UP\"")
                .contains("\"amount\" : \"61137654.32\"")
                .doesNotContain("张")
                .doesNotContain("\r");
    }

    @Test
    void badRecords_everyViolationIsListed_andNothingIsRecorded() {
        TrustRegistry before = TrustRegistry.of(huzhouRecords().subList(0, 2));
        CharitableTrust bad = ImmutableCharitableTrust.copyOf(huzhouRecords().get(2))
                .withTrustees(
                        List.of(SampleTrusts.trustee("示例", "5333052IMJ00000030", TrusteeType.CHARITABLE_ORGANISATION)))
                .withTerm(TrustTerm.of(LocalDate.of(2022, 12, 17), LocalDate.of(2022, 12, 1)))
                .withProperty(List.of(TrustProperty.of(PropertyKind.CASH, Money.parse("-1.00"))));
        CharitableTrust unfiled = ImmutableCharitableTrust.copyOf(
                        huzhouRecords().get(3))
                .withFiledOn(Optional.empty())
                .withFilingNumber(Optional.empty());
        CharitableTrust duplicate = huzhouRecords().get(0);
        List<CharitableTrust> batch = List.of(huzhouRecords().get(4), bad, unfiled, duplicate);
        assertThatThrownBy(() -> before.with(batch))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactly(
                                        "records[1].property[0].value NonNegativeMoney",
                                        "records[1].term.endExclusive charity.term-end-not-after-start",
                                        "records[1].trustees[0].creditCode charity.credit-code-invalid",
                                        "records[2].filedOn NotNull",
                                        "records[2].filingNumber NotNull",
                                        "records[3].filingNumber charity.registry.filing-number-in-registry"));
        assertThat(before.size()).isEqualTo(2);
        assertThat(before).isEqualTo(TrustRegistry.of(huzhouRecords().subList(0, 2)));
        assertThatThrownBy(() -> TrustRegistry.of(batch)).isInstanceOf(InvalidInputException.class);
        assertThat(before.with(List.of(huzhouRecords().get(4))).size()).isEqualTo(3);
    }

    @Test
    void toString_holdsNoPersonalData() {
        assertThat(TrustRegistry.of(huzhouRecords())).hasToString("TrustRegistry[8 records, 112137654.32 yuan]");
    }
}
