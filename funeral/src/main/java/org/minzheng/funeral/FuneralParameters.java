package org.minzheng.funeral;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.minzheng.core.decision.Language;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.KeyConstraint;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterType;
import org.minzheng.core.program.EnumLabels;
import org.minzheng.funeral.afterdeath.AfterDeathTask;
import org.minzheng.funeral.burial.BurialForm;
import org.minzheng.funeral.deposit.HoldingKind;
import org.minzheng.funeral.estate.AssetKind;
import org.minzheng.funeral.services.BeneficiaryScope;
import org.minzheng.funeral.services.FuneralServiceItem;

/**
 * The policy parameters of funeral and after-death services. Official values live in this
 * module's pack files ({@code org/minzheng/funeral/policy/*.yaml}); values no source states are
 * absent there, so decisions that need them are UNDETERMINED and name the key; integrators
 * supply them in overlays (the examples ship ILLUSTRATIVE placeholders).
 */
public final class FuneralParameters {

    // ---------------------------------------------------------------- estate-query

    /**
     * Whether an estate query in the region covers each asset kind
     * ({@code estate-query.scope.<kind>}). Deposits and the bank's own products: national, from
     * the 2019 notice. The other kinds: a local joint service's scope, not found in any source.
     */
    public static final Map<AssetKind, ParameterKey<Boolean>> ESTATE_QUERY_SCOPE;
    /**
     * How many days an estate-query grant stays valid. NOT FOUND for Huzhou. At least 1: a grant
     * valid for no day is no grant.
     */
    public static final ParameterKey<Integer> ESTATE_QUERY_VALIDITY_DAYS = ParameterKey.of(
                    "estate-query.grant-validity-days",
                    ParameterType.INTEGER,
                    "days",
                    "涉财查询授权的有效期（天）",
                    "days an estate-query grant stays valid")
            .within(1, null);

    // ---------------------------------------------------------------- deposit-withdrawal

    /** The total a legal-person bank may pay out without an inheritance notarisation. */
    public static final ParameterKey<Money> WITHDRAWAL_LIMIT = ParameterKey.of(
                    "deposit-withdrawal.limit",
                    ParameterType.MONEY,
                    "CNY/legal-person bank",
                    "已故存款人小额存款免公证提取的账户限额（同一法人银行合计）",
                    "limit of small deposits withdrawable without notarisation, per legal-person bank")
            .within(Money.ZERO, null);
    /** Whether a bank may set its own, higher limit (2021 notice: between 10,000 and 50,000). */
    public static final ParameterKey<Boolean> WITHDRAWAL_BANK_MAY_RAISE = ParameterKey.of(
            "deposit-withdrawal.bank-may-raise-limit",
            ParameterType.BOOLEAN,
            "flag",
            "银行可否自行上调免公证提取限额",
            "whether a bank may set a higher limit of its own");
    /** The highest limit a bank may set of its own, where it may raise it. */
    public static final ParameterKey<Money> WITHDRAWAL_BANK_CEILING = ParameterKey.withGaps(
                    "deposit-withdrawal.bank-limit-ceiling",
                    ParameterType.MONEY,
                    "CNY/legal-person bank",
                    "银行自行上调限额的上限",
                    "highest limit a bank may set of its own")
            .within(Money.ZERO, null);
    /**
     * The limit is the least a bank applies and the ceiling the most it may set of its own (2021
     * notice: 鼓励银行在1万元至5万元之间具体确定免公证提取限额): the limit may not exceed the ceiling.
     */
    public static final KeyConstraint WITHDRAWAL_LIMIT_WITHIN_CEILING = KeyConstraint.atMost(
            WITHDRAWAL_LIMIT,
            WITHDRAWAL_BANK_CEILING,
            "免公证提取限额是银行适用的下限，上调限额的上限是银行可自行确定的最高额（1万元至5万元之间）",
            "the limit is the least a bank applies and the ceiling the most it may set of its own"
                    + " (between 10,000 and 50,000)");
    /** Whether rural small and medium banks are still in their transition to the uniform limit. */
    public static final ParameterKey<Boolean> WITHDRAWAL_RURAL_TRANSITION = ParameterKey.of(
            "deposit-withdrawal.rural-bank-transition",
            ParameterType.BOOLEAN,
            "flag",
            "农村中小银行是否处于统一限额的过渡期",
            "whether rural small and medium banks are in the transition to the uniform limit");
    /** The limit a rural small or medium bank must at least apply during its transition. */
    public static final ParameterKey<Money> WITHDRAWAL_RURAL_FLOOR = ParameterKey.withGaps(
                    "deposit-withdrawal.rural-bank-transition-floor",
                    ParameterType.MONEY,
                    "CNY/legal-person bank",
                    "过渡期内农村中小银行至少适用的限额",
                    "limit a rural small or medium bank applies at least during its transition")
            .within(Money.ZERO, null);
    /**
     * During the transition a rural bank applies at least the floor on its way up to the uniform
     * limit (2024 notice: 由最低1万元统一提高至5万元；允许农村中小银行延后至2025年底达到该要求): the floor
     * may not exceed the limit.
     */
    public static final KeyConstraint WITHDRAWAL_RURAL_FLOOR_WITHIN_LIMIT = KeyConstraint.atMost(
            WITHDRAWAL_RURAL_FLOOR,
            WITHDRAWAL_LIMIT,
            "过渡期内农村中小银行至少适用的限额是其逐步达到统一限额之前的下限，不得高于统一限额",
            "during the transition a rural bank applies at least the floor on its way up to the uniform"
                    + " limit, so the floor may not exceed the limit");
    /** Whether each kind of holding counts toward the limit and may be withdrawn this way. */
    public static final Map<HoldingKind, ParameterKey<Boolean>> WITHDRAWAL_SCOPE;
    /** Whether funeral grants and survivor pensions are outside the limit and withdrawable in full. */
    public static final ParameterKey<Boolean> WITHDRAWAL_SURVIVOR_OUTSIDE_LIMIT = ParameterKey.of(
            "deposit-withdrawal.survivor-payments-outside-limit",
            ParameterType.BOOLEAN,
            "flag",
            "丧葬费、抚恤金是否不计入限额并可全额简化提取",
            "whether funeral grants and survivor pensions are outside the limit and withdrawable in full");
    /** How many months before the death a first-order heir may see the account's transactions. */
    public static final ParameterKey<Integer> WITHDRAWAL_HISTORY_MONTHS = ParameterKey.of(
                    "deposit-withdrawal.history-months-before-death",
                    ParameterType.INTEGER,
                    "months",
                    "第一顺序继承人可查询的死亡前交易明细月数",
                    "months before the death for which a first-order heir may see transactions")
            .within(1, null);

    // ---------------------------------------------------------------- after-death-tasks

    /** Months after the death by which each task is due ({@code after-death.<task>.due-months}), at least 1. */
    public static final Map<AfterDeathTask, ParameterKey<Integer>> AFTER_DEATH_DUE_MONTHS;
    /**
     * For each task that stops a regular payment: the payment stops from the first day of the
     * month this many months after the month of death (1 = 次月, the month after death); 0 or more,
     * a count of months.
     */
    public static final Map<AfterDeathTask, ParameterKey<Integer>> AFTER_DEATH_STOP_OFFSET;
    /** Months after the death within which a death in the countryside is registered (户口登记条例 Art. 8). */
    public static final ParameterKey<Integer> HUKOU_RURAL_DUE_MONTHS = ParameterKey.of(
                    "after-death.hukou-cancellation.rural-due-months",
                    ParameterType.INTEGER,
                    "months",
                    "农村公民死亡后申报死亡登记、注销户口的期限（月）",
                    "months within which a death in the countryside is registered and the hukou cancelled")
            .within(1, null);

    // ---------------------------------------------------------------- eco-burial-award

    /** The award per set of remains for each ecological burial form ({@code eco-burial.award.<form>}). */
    public static final Map<BurialForm, ParameterKey<Money>> ECO_BURIAL_AWARD;

    // ---------------------------------------------------------------- basic-funeral-services

    /** Whether each basic item is free in the region ({@code basic-funeral.free.<item>}). */
    public static final Map<FuneralServiceItem, ParameterKey<Boolean>> FREE_ITEM;
    /** Who receives the free items: a {@link BeneficiaryScope}, a bad code failing when the pack loads. */
    public static final ParameterKey<BeneficiaryScope> FREE_BENEFICIARY_SCOPE = ParameterKey.of(
            "basic-funeral.beneficiary-scope",
            ParameterType.oneOf(BeneficiaryScope.class),
            "scope code",
            "免费基本殡葬服务的对象范围（全体居民、本省户籍或本市户籍）",
            "who receives the free basic funeral services (ALL_RESIDENTS / PROVINCE_HUKOU / PREFECTURE_HUKOU)");
    /** Whether free items a family does not use are paid out in cash. */
    public static final ParameterKey<Boolean> FREE_UNUSED_PAID_IN_CASH = ParameterKey.of(
            "basic-funeral.unused-paid-in-cash",
            ParameterType.BOOLEAN,
            "flag",
            "未使用的免费项目是否折现发放",
            "whether unused free items are paid out in cash");

    static {
        Map<AssetKind, ParameterKey<Boolean>> scope = new EnumMap<>(AssetKind.class);
        for (AssetKind k : AssetKind.values()) {
            scope.put(
                    k,
                    ParameterKey.of(
                            "estate-query.scope." + k.keyName(),
                            ParameterType.BOOLEAN,
                            "flag",
                            zh("涉财查询是否涵盖该类资产：", k),
                            en("whether an estate query covers this kind of asset: ", k)));
        }
        ESTATE_QUERY_SCOPE = Collections.unmodifiableMap(scope);

        Map<HoldingKind, ParameterKey<Boolean>> withdrawal = new EnumMap<>(HoldingKind.class);
        for (HoldingKind k : HoldingKind.values()) {
            if (!k.isSurvivorPayment()) {
                withdrawal.put(
                        k,
                        ParameterKey.of(
                                "deposit-withdrawal.scope." + k.keyName(),
                                ParameterType.BOOLEAN,
                                "flag",
                                zh("该类资产是否纳入小额存款简化提取范围：", k),
                                en("whether this kind of holding is within the simplified withdrawal: ", k)));
            }
        }
        WITHDRAWAL_SCOPE = Collections.unmodifiableMap(withdrawal);

        Map<AfterDeathTask, ParameterKey<Integer>> due = new EnumMap<>(AfterDeathTask.class);
        Map<AfterDeathTask, ParameterKey<Integer>> stop = new EnumMap<>(AfterDeathTask.class);
        for (AfterDeathTask t : AfterDeathTask.values()) {
            if (t != AfterDeathTask.HUKOU_CANCELLATION) {
                due.put(
                        t,
                        ParameterKey.of(
                                        "after-death." + t.keyName() + ".due-months",
                                        ParameterType.INTEGER,
                                        "months",
                                        zh("死亡后办理该事项的期限（月）：", t),
                                        en("months after the death by which this task is due: ", t))
                                .within(1, null));
            }
            if (t.benefit() != null) {
                stop.put(
                        t,
                        ParameterKey.of(
                                        "after-death." + t.keyName() + ".payment-stop-offset-months",
                                        ParameterType.INTEGER,
                                        "months after month of death",
                                        zh("自死亡当月起第几个月停发（1为次月）：", t),
                                        EnumLabels.text(
                                                "payment stops from the first day of the month this many months after the month of death (1 = the next month): "
                                                        + t.name()))
                                .within(0, null));
            }
        }
        AFTER_DEATH_DUE_MONTHS = Collections.unmodifiableMap(due);
        AFTER_DEATH_STOP_OFFSET = Collections.unmodifiableMap(stop);

        Map<BurialForm, ParameterKey<Money>> award = new EnumMap<>(BurialForm.class);
        for (BurialForm f : BurialForm.values()) {
            if (f.isEcoBurial()) {
                award.put(
                        f,
                        ParameterKey.of(
                                        "eco-burial.award." + f.keyName(),
                                        ParameterType.MONEY,
                                        "CNY/set of remains",
                                        zh("节地生态安葬奖补金额（每份骨灰或遗体）：", f),
                                        en("eco-burial award per set of remains: ", f))
                                .within(Money.ZERO, null));
            }
        }
        ECO_BURIAL_AWARD = Collections.unmodifiableMap(award);

        Map<FuneralServiceItem, ParameterKey<Boolean>> free = new EnumMap<>(FuneralServiceItem.class);
        for (FuneralServiceItem i : FuneralServiceItem.values()) {
            free.put(
                    i,
                    ParameterKey.of(
                            "basic-funeral.free." + i.keyName(),
                            ParameterType.BOOLEAN,
                            "flag",
                            zh("该基本殡葬服务项目是否免费：", i),
                            en("whether this basic funeral item is free: ", i)));
        }
        FREE_ITEM = Collections.unmodifiableMap(free);
    }

    private FuneralParameters() {}

    /**
     * A key family's description: the text and the constant's label in the module's messages, made
     * when it is first shown (messages, the policy book), not when the keys are declared.
     */
    private static Supplier<String> zh(String before, Enum<?> constant) {
        return EnumLabels.text(before, constant, "org.minzheng.funeral.messages", Language.ZH, "");
    }

    private static Supplier<String> en(String before, Enum<?> constant) {
        return EnumLabels.text(before, constant, "org.minzheng.funeral.messages", Language.EN, "");
    }
}
