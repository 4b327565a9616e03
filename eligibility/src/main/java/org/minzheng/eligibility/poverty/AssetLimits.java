package org.minzheng.eligibility.poverty;

import static org.minzheng.eligibility.EligibilityCitations.EP_ART_7;

import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.eligibility.EligibilityParameters;
import org.minzheng.eligibility.PropertyKeys;
import org.minzheng.eligibility.household.Assets;
import org.minzheng.eligibility.rules.PropertyRules;

/**
 * A set of local asset limits (a financial-asset limit per person, whether a private car is
 * allowed, the largest number of homes, the exemptions of property needed for production and
 * daily life and the limits of trees and other fixtures), each a parameter of the family's own
 * keys (特困人员认定办法 Art. 7: 由设区的市级以上地方人民政府民政部门制定). A limit is read only when
 * the person holds that kind of asset: someone who owns nothing satisfies any limit and never
 * waits for a limit to be configured. Exemptions work as in {@link PropertyRules}.
 *
 * @param financialLimit the financial-asset limit key
 * @param keys           the family's car, homes, exemption and limit keys
 */
record AssetLimits(ParameterKey<Money> financialLimit, PropertyKeys keys) {

    /**
     * An item declared necessary for production or daily life, exempt or not (Art. 7: the local
     * rules; the exemptions are those of {@link PropertyRules}). Recorded by the shared
     * {@link PropertyRules#hold} under this id.
     */
    static final Rule EXEMPTION = Rule.builder("extreme-poverty.assets.exemption", EP_ART_7)
            .verdicts(Verdict.MET, Verdict.NOT_APPLICABLE, Verdict.UNDETERMINED)
            .reads(EligibilityParameters.EP_PROPERTY.exemptions())
            .build();
    /** Trees and other fixtures within the local limits (Art. 7), recorded by {@link PropertyRules#hold}. */
    static final Rule OTHER = Rule.builder("extreme-poverty.assets.other", EP_ART_7)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
            .reads(EligibilityParameters.EP_PROPERTY.limits())
            .build();

    /** The outcome of one kind of asset. */
    record Check(Verdict verdict, Object limit) {}

    /**
     * Applies the exemptions and the limits of trees and other fixtures.
     *
     * @param ctx    the decision
     * @param assets the assets
     * @param record false to decide without recording findings
     * @return what is held once exemptions are applied
     */
    PropertyRules.Held hold(RuleContext ctx, Assets assets, boolean record) {
        return PropertyRules.hold(ctx, assets, keys, EXEMPTION, OTHER, record);
    }

    /**
     * @param ctx  the decision
     * @param held what is held
     * @return MET if within the limit, NOT_MET if above, UNDETERMINED if the limit is missing; null if none held
     */
    Check financial(RuleContext ctx, PropertyRules.Held held) {
        if (!held.financial().isPositive()) {
            return null;
        }
        Money limit = ctx.param(financialLimit);
        if (limit == null) {
            return new Check(Verdict.UNDETERMINED, null);
        }
        return new Check(held.financial().isGreaterThan(limit) ? Verdict.NOT_MET : Verdict.MET, limit);
    }

    /**
     * @param ctx  the decision
     * @param held what is held
     * @return the verdict on vehicles tested like private cars; null if none held
     */
    Check car(RuleContext ctx, PropertyRules.Held held) {
        if (held.vehicles() == 0) {
            return null;
        }
        Boolean allowed = ctx.param(keys.carAllowed());
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
        Integer max = ctx.param(keys.maxHomes());
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
        PropertyRules.Held held = hold(ctx, assets, false);
        return Verdict.worst(
                verdict(financial(ctx, held)), verdict(car(ctx, held)), verdict(homes(ctx, assets)), held.verdict());
    }

    static Verdict verdict(Check c) {
        return c == null ? null : c.verdict();
    }
}
