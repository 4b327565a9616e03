package org.minzheng.funeral.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.money.Money;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.testing.IdGenerators;
import org.minzheng.core.time.DateRange;
import org.minzheng.funeral.FuneralCitations;
import org.minzheng.funeral.afterdeath.AfterDeathFacts;
import org.minzheng.funeral.afterdeath.Benefit;
import org.minzheng.funeral.afterdeath.ImmutableAfterDeathFacts;
import org.minzheng.funeral.afterdeath.Settlement;
import org.minzheng.funeral.burial.BurialForm;
import org.minzheng.funeral.burial.EcoBurialApplication;
import org.minzheng.funeral.burial.ImmutableEcoBurialApplication;
import org.minzheng.funeral.deposit.DepositWithdrawalRequest;
import org.minzheng.funeral.deposit.Holding;
import org.minzheng.funeral.deposit.HoldingKind;
import org.minzheng.funeral.deposit.ImmutableDepositWithdrawalRequest;
import org.minzheng.funeral.deposit.ImmutableHolding;
import org.minzheng.funeral.estate.AssetKind;
import org.minzheng.funeral.estate.AssetRecord;
import org.minzheng.funeral.estate.EstateQueryApplication;
import org.minzheng.funeral.estate.EstateQueryGrant;
import org.minzheng.funeral.estate.Evidence;
import org.minzheng.funeral.estate.GrantScope;
import org.minzheng.funeral.estate.ImmutableApplicant;
import org.minzheng.funeral.estate.ImmutableDeceased;
import org.minzheng.funeral.estate.ImmutableEstateQueryApplication;
import org.minzheng.funeral.person.MaskedId;
import org.minzheng.funeral.person.PersonName;
import org.minzheng.funeral.person.Relation;
import org.minzheng.funeral.services.BasicFuneralServicesRequest;
import org.minzheng.funeral.services.FuneralServiceItem;
import org.minzheng.funeral.services.ImmutableBasicFuneralServicesRequest;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of the funeral module's domain types, for property-based tests.
 *
 * <p>Public API of the {@code minzheng-funeral} tests jar: integrators can property-test their
 * own systems with them, for example
 * <pre>{@code
 * qt().forAll(FuneralGenerators.estateQueryApplications(LocalDate.of(2024, 12, 1)))
 *     .checkAssert(a -> assertThat(myPortal.accepts(a)).isEqualTo(...));
 * }</pre>
 *
 * <p>Everything generated is valid for its program on the given decision date (dates of death
 * not after it, distinct identity numbers, distinct institutions). The identity numbers and
 * names are synthetic. Failing examples are reported with their full values so that a failure
 * can be reproduced.
 */
public final class FuneralGenerators {

    /** Institutions the generators name (fictional bank and agency names). */
    public static final List<String> INSTITUTIONS =
            List.of("湖州银行", "工商银行湖州分行", "农商银行德清支行", "证券营业部甲", "保险公司乙", "湖州市住房公积金管理中心", "湖州市不动产登记中心");

    private static final List<String> SURNAMES = List.of("张", "王", "李", "赵", "陈", "沈", "钱", "欧阳", "司马");
    private static final List<String> GIVEN = List.of(
            "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀", "英", "华", "𠮷");

    private FuneralGenerators() {}

    /** @return any relation */
    public static Gen<Relation> relations() {
        return Generate.enumValues(Relation.class);
    }

    /** @return any subset of {@link Evidence}, the empty set and the full set included */
    public static Gen<Set<Evidence>> evidenceSets() {
        return subsets(Evidence.class);
    }

    /** @return any non-empty subset of {@link AssetKind} */
    public static Gen<Set<AssetKind>> assetKindSets() {
        return nonEmptySubsets(AssetKind.class);
    }

    /**
     * @param type an enum type, not null
     * @param <E>  the enum
     * @return any subset of its constants
     */
    public static <E extends Enum<E>> Gen<Set<E>> subsets(Class<E> type) {
        return subsets(type, 0);
    }

    /**
     * @param type an enum type, not null
     * @param <E>  the enum
     * @return any non-empty subset of its constants
     */
    public static <E extends Enum<E>> Gen<Set<E>> nonEmptySubsets(Class<E> type) {
        return subsets(type, 1);
    }

    private static <E extends Enum<E>> Gen<Set<E>> subsets(Class<E> type, int minMask) {
        E[] all = type.getEnumConstants();
        return integers().between(minMask, (1 << all.length) - 1).map(mask -> {
            EnumSet<E> s = EnumSet.noneOf(type);
            for (int i = 0; i < all.length; i++) {
                if ((mask & (1 << i)) != 0) {
                    s.add(all[i]);
                }
            }
            return (Set<E>) s;
        });
    }

    /** @return non-empty lists of distinct institutions from {@link #INSTITUTIONS} */
    public static Gen<List<String>> institutionLists() {
        return nonEmptySubsets(InstitutionIndex.class).map(s -> {
            List<String> list = new ArrayList<>();
            for (InstitutionIndex i : s) {
                list.add(INSTITUTIONS.get(i.ordinal()));
            }
            return list;
        });
    }

    /** Indexes into {@link #INSTITUTIONS}, to reuse the subset generator. */
    private enum InstitutionIndex {
        A,
        B,
        C,
        D,
        E,
        F,
        G
    }

    /** @return Chinese personal names of two to four characters, compound surnames and a rare (non-BMP) character included */
    public static Gen<PersonName> personNames() {
        return Generate.pick(SURNAMES)
                .zip(
                        lists().of(Generate.pick(GIVEN)).ofSizeBetween(1, 2),
                        (s, g) -> PersonName.of(s + String.join("", g)));
    }

    /**
     * @param decisionDate the decision date, not null
     * @return valid estate-query applications for that date: any relation, any documents, any
     *         kinds, with or without names
     */
    public static Gen<EstateQueryApplication> estateQueryApplications(LocalDate decisionDate) {
        return estateQueryApplications(decisionDate, evidenceSets(), assetKindSets());
    }

    /**
     * @param decisionDate the decision date, not null
     * @param evidence     the documents held
     * @param kinds        the kinds asked about
     * @return valid estate-query applications for that date
     */
    public static Gen<EstateQueryApplication> estateQueryApplications(
            LocalDate decisionDate, Gen<Set<Evidence>> evidence, Gen<Set<AssetKind>> kinds) {
        Objects.requireNonNull(decisionDate, "decisionDate");
        Gen<ResidentIdNumber> deceasedIds =
                IdGenerators.residentIdNumbersBornBetween(LocalDate.of(1920, 1, 1), LocalDate.of(1990, 1, 1));
        Gen<ResidentIdNumber> applicantIds =
                IdGenerators.residentIdNumbersBornBetween(LocalDate.of(1940, 1, 1), LocalDate.of(2006, 1, 1));
        Gen<LocalDate> deaths = longs().between(decisionDate.minusYears(5).toEpochDay(), decisionDate.toEpochDay())
                .map(LocalDate::ofEpochDay);
        Gen<java.util.Optional<PersonName>> names = personNames().toOptionals(20);
        // names are nullable facts: absent when the optional is empty
        Gen<ImmutableDeceased> deceased = deceasedIds.zip(
                names,
                deaths,
                (id, n, d) -> ImmutableDeceased.builder()
                        .idNumber(id)
                        .name(n)
                        .dateOfDeath(d)
                        .build());
        Gen<ImmutableApplicant> applicants = applicantIds.zip(
                names,
                relations(),
                (id, n, r) -> ImmutableApplicant.builder()
                        .idNumber(id)
                        .name(n)
                        .relation(r)
                        .build());
        return deceased.zip(
                        applicants,
                        evidence,
                        kinds,
                        institutionLists(),
                        (d, a, e, k, i) -> (EstateQueryApplication) ImmutableEstateQueryApplication.builder()
                                .deceased(d)
                                .applicant(a)
                                .evidence(e)
                                .assetKinds(k)
                                .institutions(i)
                                .build())
                .assuming(a -> !a.deceased().idNumber().equals(a.applicant().idNumber()));
    }

    /**
     * @param institutions the institutions records may name, not empty
     * @param asOf         the answer date
     * @return an institution's answers: balances from 0 to 200,000.00 or referrals
     */
    public static Gen<AssetRecord> assetRecords(List<String> institutions, LocalDate asOf) {
        return Generate.pick(institutions)
                .zip(
                        Generate.enumValues(AssetKind.class),
                        longs().between(0, 200_000_00L),
                        integers().between(0, 9),
                        (i, k, fen, r) -> r == 0
                                ? AssetRecord.referral(i, k, asOf)
                                : AssetRecord.balance(i, k, Money.ofFen(fen), asOf));
    }

    /**
     * @param from the earliest validity start
     * @return grants over any scope of {@link #INSTITUTIONS} and kinds, valid 1 to 120 days
     *         from a start within a year of {@code from}
     */
    public static Gen<EstateQueryGrant> grants(LocalDate from) {
        Gen<DateRange> ranges = integers()
                .between(0, 365)
                .zip(integers().between(1, 120), (s, len) -> DateRange.of(from.plusDays(s), from.plusDays(s + len)));
        Gen<MaskedId> ids = IdGenerators.residentIdNumbers().map(MaskedId::of);
        return institutionLists()
                .zip(
                        assetKindSets(),
                        ranges,
                        ids,
                        relations(),
                        (inst, kinds, range, id, rel) -> new EstateQueryGrant(
                                id,
                                id,
                                rel,
                                GrantScope.of(inst, kinds),
                                range.start(),
                                range,
                                List.<Citation>of(FuneralCitations.QUERY_SCOPE)));
    }

    /** @return a holding of any kind, balance 0 to 80,000.00 */
    public static Gen<Holding> holdings() {
        return Generate.enumValues(HoldingKind.class)
                .zip(
                        longs().between(0, 80_000_00L),
                        (k, fen) -> ImmutableHolding.builder()
                                .kind(k)
                                .balance(Money.ofFen(fen))
                                .build());
    }

    /**
     * @param decisionDate the decision date
     * @return valid small-deposit withdrawal requests for that date
     */
    public static Gen<DepositWithdrawalRequest> depositWithdrawalRequests(LocalDate decisionDate) {
        Gen<LocalDate> deaths = longs().between(decisionDate.minusYears(3).toEpochDay(), decisionDate.toEpochDay())
                .map(LocalDate::ofEpochDay);
        Gen<java.util.Optional<Money>> ownLimits =
                longs().between(0, 80_000_00L).map(Money::ofFen).toOptionals(75);
        return deaths.zip(
                relations(),
                lists().of(holdings()).ofSizeBetween(1, 5),
                ownLimits,
                integers().between(0, 3),
                (d, r, h, own, flags) -> (DepositWithdrawalRequest) ImmutableDepositWithdrawalRequest.builder()
                        .dateOfDeath(d)
                        .relation(r)
                        .holdings(h)
                        .bankOwnLimit(own)
                        .ruralSmallOrMediumBank((flags & 1) != 0)
                        .transactionHistoryRequested((flags & 2) != 0)
                        .build());
    }

    /**
     * @param decisionDate the decision date
     * @return valid after-death facts for that date
     */
    public static Gen<AfterDeathFacts> afterDeathFacts(LocalDate decisionDate) {
        Gen<LocalDate> deaths = longs().between(decisionDate.minusYears(1).toEpochDay(), decisionDate.toEpochDay())
                .map(LocalDate::ofEpochDay);
        return deaths.zip(
                Generate.enumValues(Settlement.class),
                integers().between(-1, 10),
                subsets(Benefit.class),
                integers().between(0, 15),
                (d, s, burialAfter, benefits, flags) -> (AfterDeathFacts) ImmutableAfterDeathFacts.builder()
                        .dateOfDeath(d)
                        .settlement(s)
                        .burialDate(
                                burialAfter < 0
                                        ? java.util.Optional.empty()
                                        : java.util.Optional.of(d.plusDays(burialAfter)))
                        .benefits(benefits)
                        .basicPensionInsured((flags & 1) != 0)
                        .medicallyInsured((flags & 2) != 0)
                        .providentFundAccount((flags & 4) != 0)
                        .drivingLicence((flags & 8) != 0)
                        .build());
    }

    /**
     * @param decisionDate the decision date
     * @return valid eco-burial applications for that date
     */
    public static Gen<EcoBurialApplication> ecoBurialApplications(LocalDate decisionDate) {
        return Generate.enumValues(BurialForm.class)
                .zip(
                        integers().between(0, 365),
                        integers().between(1, 10),
                        (f, back, sets) -> (EcoBurialApplication) ImmutableEcoBurialApplication.builder()
                                .form(f)
                                .burialDate(decisionDate.minusDays(back))
                                .setsOfRemains(sets)
                                .build());
    }

    /**
     * @param decisionDate the decision date
     * @return valid basic funeral service requests for that date, with hukou in Huzhou, Hangzhou or elsewhere
     */
    public static Gen<BasicFuneralServicesRequest> basicFuneralServicesRequests(LocalDate decisionDate) {
        Gen<RegionCode> hukou = Generate.pick(List.of("330502", "330523", "330106", "330500", "320102", "110105"))
                .map(RegionCode::of);
        return hukou.zip(
                integers().between(0, 30),
                subsets(FuneralServiceItem.class),
                (h, back, items) -> (BasicFuneralServicesRequest) ImmutableBasicFuneralServicesRequest.builder()
                        .hukouRegion(h)
                        .dateOfDeath(decisionDate.minusDays(back))
                        .itemsUsed(items)
                        .build());
    }
}
