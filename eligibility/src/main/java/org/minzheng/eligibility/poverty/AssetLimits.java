package org.minzheng.eligibility.poverty;

import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.eligibility.household.Assets;
import org.minzheng.eligibility.household.Vehicle;

/**
 * A set of local asset limits (a financial-asset limit per person, whether a private car is
 * allowed, the largest number of homes), each a parameter. A limit is read only when the person
 * holds that kind of asset: someone who owns nothing satisfies any limit and never waits for a
 * limit to be configured.
 *
 * @param financialLimit the financial-asset limit key
 * @param carAllowed     the private-car key
 * @param maxHomes       the homes key
 */
record AssetLimits(ParameterKey<Money> financialLimit, ParameterKey<Boolean> carAllowed, ParameterKey<Integer> maxHomes) {

    /** The outcome of one kind of asset. */
    record Check(Verdict verdict, Object limit) {
    }

    /**
     * @param ctx    the decision
     * @param assets the assets
     * @return MET if within the limit or nothing held, NOT_MET if above, UNDETERMINED if the limit is missing; null if none held
     */
    Check financial(RuleContext ctx, Assets assets) {
        Money held = assets.financialAssets();
        if (!held.isPositive()) {
            return null;
        }
        Money limit = ctx.param(financialLimit);
        if (limit == null) {
            return new Check(Verdict.UNDETERMINED, null);
        }
        return new Check(held.isGreaterThan(limit) ? Verdict.NOT_MET : Verdict.MET, limit);
    }

    /**
     * @param ctx    the decision
     * @param assets the assets
     * @return the verdict on private cars; null if none held
     */
    Check car(RuleContext ctx, Assets assets) {
        if (privateCars(assets) == 0) {
            return null;
        }
        Boolean allowed = ctx.param(carAllowed);
        if (allowed == null) {
            return new Check(Verdict.UNDETERMINED, null);
        }
        return new Check(allowed ? Verdict.MET : Verdict.NOT_MET, allowed);
    }

    /**
     * @param ctx    the decision
     * @param assets the assets
     * @return the verdict on homes; null if none held
     */
    Check homes(RuleContext ctx, Assets assets) {
        if (assets.homes() == 0) {
            return null;
        }
        Integer max = ctx.param(maxHomes);
        if (max == null) {
            return new Check(Verdict.UNDETERMINED, null);
        }
        return new Check(assets.homes() > max ? Verdict.NOT_MET : Verdict.MET, max);
    }

    /**
     * Checks every kind held without recording findings.
     *
     * @param ctx    the decision
     * @param assets the assets
     * @return NOT_MET if any limit is exceeded, else UNDETERMINED if any is missing, else MET
     */
    Verdict all(RuleContext ctx, Assets assets) {
        return worst(financial(ctx, assets), car(ctx, assets), homes(ctx, assets));
    }

    static Verdict worst(Check... checks) {
        boolean undetermined = false;
        for (Check c : checks) {
            if (c == null) {
                continue;
            }
            if (c.verdict() == Verdict.NOT_MET) {
                return Verdict.NOT_MET;
            }
            if (c.verdict() == Verdict.UNDETERMINED) {
                undetermined = true;
            }
        }
        return undetermined ? Verdict.UNDETERMINED : Verdict.MET;
    }

    static long privateCars(Assets assets) {
        return assets.vehicles().stream().filter(v -> v.use() == Vehicle.Use.PRIVATE_CAR).count();
    }
}
