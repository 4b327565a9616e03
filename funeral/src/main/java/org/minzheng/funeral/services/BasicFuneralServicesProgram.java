package org.minzheng.funeral.services;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.region.RegionLevel;
import org.minzheng.core.validation.Checks;
import org.minzheng.core.validation.Violation;
import org.minzheng.funeral.FuneralCitations;
import org.minzheng.funeral.FuneralParameters;
import org.minzheng.funeral.FuneralValidation;

/**
 * {@code basic-funeral-services} — 惠民殡葬 / 基本殡葬服务免费: which basic funeral items are free
 * for the deceased in the case's region on the date, which of the items used are free, and
 * what happens to free items not used.
 *
 * <p><strong>National basis.</strong> 《关于改革完善社会救助制度的意见》 (2020) 二（三）13 asks for
 * basic funeral services for people in hardship who die, with the related fees reduced or waived;
 * 《关于加强低收入人口动态监测做好分层分类社会救助工作的意见》 (2023) 四（五） lets dibao recipients,
 * extreme-poverty persons and members of edge and rigid-expenditure families receive funeral fee
 * reductions "根据当地救助政策". Neither names the items, the beneficiaries or a cash rule: all of
 * it is regional, dated data. A finding whose value is not configured cites that national basis;
 * a configured value's row (a locality's own source) travels in the finding's sources.
 *
 * <p><strong>Data.</strong> Who benefits ({@code basic-funeral.beneficiary-scope}), which items are
 * free ({@code basic-funeral.free.<item>}) and whether unused items are paid out in cash
 * ({@code basic-funeral.unused-paid-in-cash}). Shipped: Hangzhou's city districts (330100) from
 * 2023-08-01, six items for people with a Zhejiang hukou, unused items not paid in cash (China
 * Women's News, 2023-08-07 — cited only by the rows it sets). Zhejiang's 2014 four items for all
 * residents in 88 counties is recorded as a historical fact in the pack's notes only, because the
 * source does not name the counties. Huzhou's list: NOT FOUND, so a Huzhou decision is UNDETERMINED.
 *
 * <p><strong>What a missing value blocks</strong> (docs/writing-a-program.md): the beneficiary
 * scope and each item's flag decide what the outcome grants (which items are free for this
 * deceased), so they block. The cash rule only says what happens to free items left unused; the
 * items are decided without it, so it only blanks {@code unusedPaidInCash} (an INFO finding names
 * the key).
 */
public final class BasicFuneralServicesProgram
        extends AbstractProgram<BasicFuneralServicesRequest, BasicFuneralServicesResult> {

    /** The program id. */
    public static final String ID = "basic-funeral-services";
    /**
     * 2023 opinion 四（五）: funeral fee reductions "根据当地救助政策", so who benefits is the
     * region's ({@code basic-funeral.beneficiary-scope}); UNDETERMINED where it is not configured.
     */
    public static final Rule BENEFICIARY = Rule.builder(
                    "basic-funeral-services.beneficiary", FuneralCitations.LOW_INCOME_2023_FUNERAL)
            .quote("对符合条件的最低生活保障对象、特困人员、最低生活保障边缘家庭成员、刚性支出困难家庭成员，" + "可根据当地救助政策给予取暖补贴、殡葬费用减免等救助帮扶。")
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
            .reads(FuneralParameters.FREE_BENEFICIARY_SCOPE)
            .build();
    /**
     * 2020 opinion 二（三）13: basic funeral services with fees reduced or waived; which items are
     * free is the region's ({@code basic-funeral.free.<item>}); UNDETERMINED where not configured.
     */
    public static final Rule ITEM = Rule.builder("basic-funeral-services.item", FuneralCitations.REFORM_2020_FUNERAL)
            .quote("做好身故困难群众基本殡葬服务，为其减免相关费用。")
            .verdicts(Verdict.MET, Verdict.NOT_APPLICABLE, Verdict.UNDETERMINED)
            .reads(List.copyOf(FuneralParameters.FREE_ITEM.values()))
            .build();
    /** Free items left unused, and whether they are paid out in cash ({@code basic-funeral.unused-paid-in-cash}). */
    public static final Rule UNUSED = Rule.builder(
                    "basic-funeral-services.unused-items", FuneralCitations.REFORM_2020_FUNERAL)
            .verdicts(Verdict.INFO)
            .reads(FuneralParameters.FREE_UNUSED_PAID_IN_CASH)
            .build();
    /** Free items left unused; whether they are paid out in cash is not configured (a detail, not a condition). */
    public static final Rule UNUSED_CASH_NOT_CONFIGURED = Rule.builder(
                    "basic-funeral-services.unused-items-cash-not-configured", FuneralCitations.REFORM_2020_FUNERAL)
            .verdicts(Verdict.INFO)
            .reads(FuneralParameters.FREE_UNUSED_PAID_IN_CASH)
            .build();

    /** Creates the program (ServiceLoader needs a public no-argument constructor). */
    public BasicFuneralServicesProgram() {
        super(
                ID,
                new LocalizedText("基本殡葬服务免费", "Free basic funeral services"),
                BasicFuneralServicesRequest.class,
                BasicFuneralServicesResult.class,
                "org.minzheng.funeral.messages",
                List.of(BENEFICIARY, ITEM, UNUSED, UNUSED_CASH_NOT_CONFIGURED));
    }

    @Override
    protected void checkFacts(BasicFuneralServicesRequest r, PolicySnapshot snapshot, List<Violation> violations) {
        Checks.notAfterDecisionDate("facts.dateOfDeath", r.dateOfDeath(), snapshot.date(), violations);
        if (r.hukouRegion().equals(RegionCode.NATION)) {
            violations.add(FuneralValidation.violation("facts.hukouRegion", "basic-funeral.hukou-not-a-place"));
        }
    }

    @Override
    public Decision<BasicFuneralServicesResult> evaluate(BasicFuneralServicesRequest r, PolicySnapshot snapshot) {
        RuleContext ctx = start(snapshot);
        BeneficiaryScope scope = beneficiary(ctx, r.hukouRegion(), snapshot.region());
        List<FuneralServiceItem> used =
                r.itemsUsed().isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(r.itemsUsed()));
        if (scope == null || !within(scope, r.hukouRegion(), snapshot.region())) {
            return ctx.decide(new BasicFuneralServicesResult(scope, List.of(), List.of(), used, List.of(), null));
        }
        List<FuneralServiceItem> free = new ArrayList<>();
        boolean allKnown = true;
        for (FuneralServiceItem item : FuneralServiceItem.values()) {
            Boolean isFree = item(ctx, item);
            if (isFree == null) {
                allKnown = false;
            } else if (isFree) {
                free.add(item);
            }
        }
        List<FuneralServiceItem> freeUsed = new ArrayList<>();
        List<FuneralServiceItem> charged = new ArrayList<>();
        for (FuneralServiceItem item : used) {
            (free.contains(item) ? freeUsed : charged).add(item);
        }
        List<FuneralServiceItem> unused = new ArrayList<>(free);
        unused.removeAll(used);
        Boolean cash = allKnown && !unused.isEmpty() ? unused(ctx, unused) : null;
        return ctx.decide(new BasicFuneralServicesResult(scope, free, freeUsed, charged, unused, cash));
    }

    /** The region's beneficiaries: everyone, or the hukou holders of the province or the prefecture. */
    private static BeneficiaryScope beneficiary(RuleContext ctx, RegionCode hukou, RegionCode region) {
        BeneficiaryScope scope = ctx.param(FuneralParameters.FREE_BENEFICIARY_SCOPE);
        if (scope == null) {
            ctx.record(BENEFICIARY, Verdict.UNDETERMINED, "hukouRegion", hukou);
            return null;
        }
        boolean within = within(scope, hukou, region);
        ctx.record(BENEFICIARY, within ? Verdict.MET : Verdict.NOT_MET, "scope", scope, "hukouRegion", hukou);
        return scope;
    }

    static boolean within(BeneficiaryScope scope, RegionCode hukou, RegionCode region) {
        switch (scope) {
            case ALL_RESIDENTS:
                return true;
            case PROVINCE_HUKOU:
                return ancestor(hukou, RegionLevel.PROVINCE).equals(ancestor(region, RegionLevel.PROVINCE));
            case PREFECTURE_HUKOU:
                return ancestor(region, RegionLevel.PREFECTURE).isPresent()
                        && ancestor(hukou, RegionLevel.PREFECTURE).equals(ancestor(region, RegionLevel.PREFECTURE));
            default:
                throw new IllegalArgumentException("unknown scope " + scope);
        }
    }

    private static Optional<RegionCode> ancestor(RegionCode code, RegionLevel level) {
        RegionCode c = code;
        while (c != null && c.level() != level) {
            c = c.structuralParent().orElse(null);
        }
        return Optional.ofNullable(c);
    }

    private static Boolean item(RuleContext ctx, FuneralServiceItem item) {
        ParameterKey<Boolean> key = FuneralParameters.FREE_ITEM.get(item);
        Boolean free = ctx.param(key);
        if (free == null) {
            ctx.record(ITEM, Verdict.UNDETERMINED, "item", item);
        } else {
            ctx.record(ITEM, free ? Verdict.MET : Verdict.NOT_APPLICABLE, "item", item);
        }
        return free;
    }

    /** Whether free items left unused are paid out in cash: a detail of the grant, not a condition. */
    private static Boolean unused(RuleContext ctx, List<FuneralServiceItem> unused) {
        Boolean cash = ctx.detail(FuneralParameters.FREE_UNUSED_PAID_IN_CASH, "unusedPaidInCash");
        if (cash == null) {
            ctx.record(
                    UNUSED_CASH_NOT_CONFIGURED,
                    Verdict.INFO,
                    "items",
                    unused,
                    "key",
                    FuneralParameters.FREE_UNUSED_PAID_IN_CASH.name());
        } else {
            ctx.record(UNUSED, Verdict.INFO, "items", unused, "paidInCash", cash);
        }
        return cash;
    }
}
