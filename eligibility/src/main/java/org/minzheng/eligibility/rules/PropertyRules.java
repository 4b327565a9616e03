package org.minzheng.eligibility.rules;

import java.util.List;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.eligibility.PropertyKeys;
import org.minzheng.eligibility.household.Assets;
import org.minzheng.eligibility.household.PropertyItem;
import org.minzheng.eligibility.household.PropertyKind;
import org.minzheng.eligibility.household.Vehicle;

/**
 * The part of a property test that every program family shares (最低生活保障审核确认办法 Art. 14;
 * 特困人员认定办法 Art. 7; 刚性支出困难家庭认定办法 Art. 4 (3)): which items declared necessary for
 * production or daily life are exempt, which financial items add to the financial assets, how
 * many vehicles are tested like private cars, and whether trees and other fixtures are within their
 * limits. Each exemption is the family's parameter: Art. 14 says property needed for production
 * and daily life <em>may</em> be exempted (可以……予以豁免), so a declared necessary item whose
 * exemption is not configured leaves the test UNDETERMINED naming the key. An item whose exemption
 * is undetermined is left out of the totals, so a limit exceeded without it is NOT_MET whatever the
 * exemption is.
 */
public final class PropertyRules {

    private static final PropertyKind[] KINDS = PropertyKind.values();

    private PropertyRules() {}

    /**
     * What the shared part found.
     *
     * @param financial the financial assets counted: the declared total and the financial items not exempt
     * @param vehicles  the vehicles tested like private cars: private cars and necessary vehicles not exempt
     * @param verdict   MET, or NOT_MET if trees or other fixtures exceed their limit, or UNDETERMINED if an
     *                  exemption or a limit that the property needs is not configured
     */
    public record Held(Money financial, int vehicles, Verdict verdict) {}

    /**
     * Applies the exemptions and the limits of trees and other fixtures.
     *
     * @param ctx           the decision
     * @param assets        the property
     * @param keys          the family's keys
     * @param exemptionRule the rule of exemption findings (MET exempt, NOT_APPLICABLE counted,
     *                      UNDETERMINED not configured), reading the family's exemption keys
     * @param otherRule     the rule of trees and other fixtures (MET, NOT_MET, UNDETERMINED), reading
     *                      the family's limit keys
     * @param record        false to decide without recording findings (parameters read are still recorded)
     * @return what was found
     */
    public static Held hold(
            RuleContext ctx, Assets assets, PropertyKeys keys, Rule exemptionRule, Rule otherRule, boolean record) {
        long financial = assets.financialAssets().fen();
        int vehicles = 0;
        boolean undetermined = false;
        List<Vehicle> listed = assets.vehicles();
        for (int i = 0, size = listed.size(); i < size; i++) {
            Vehicle v = listed.get(i);
            if (v.use() == Vehicle.Use.PRIVATE_CAR) {
                vehicles++;
                continue;
            }
            Verdict exempt = exemption(ctx, keys.vehicleExempt(v.use()), exemptionRule, record, v.use(), v.value());
            if (exempt == Verdict.UNDETERMINED) {
                undetermined = true;
            } else if (exempt == Verdict.NOT_APPLICABLE) {
                vehicles++;
            }
        }
        List<PropertyItem> items = assets.property();
        if (items.isEmpty()) {
            return new Held(Money.ofFen(financial), vehicles, undetermined ? Verdict.UNDETERMINED : Verdict.MET);
        }
        long[] others = new long[KINDS.length];
        for (int i = 0, size = items.size(); i < size; i++) {
            PropertyItem item = items.get(i);
            if (item.necessary()) {
                Verdict exempt =
                        exemption(ctx, keys.exempt(item.kind()), exemptionRule, record, item.kind(), item.value());
                if (exempt == Verdict.UNDETERMINED) {
                    undetermined = true;
                    continue;
                }
                if (exempt == Verdict.MET) {
                    continue;
                }
            }
            if (item.kind().financial()) {
                financial = Math.addExact(financial, item.value().fen());
            } else {
                others[item.kind().ordinal()] = Math.addExact(
                        others[item.kind().ordinal()], item.value().fen());
            }
        }
        boolean exceeded = false;
        for (PropertyKind kind : KINDS) {
            long held = others[kind.ordinal()];
            if (kind.financial() || held == 0) {
                continue;
            }
            Money value = Money.ofFen(held);
            Money limit = ctx.param(keys.limit(kind));
            Verdict v =
                    limit == null ? Verdict.UNDETERMINED : value.isGreaterThan(limit) ? Verdict.NOT_MET : Verdict.MET;
            if (record) {
                if (limit == null) {
                    ctx.record(otherRule, v, "kind", kind, "value", value);
                } else {
                    ctx.record(otherRule, v, "kind", kind, "value", value, "limit", limit);
                }
            }
            exceeded |= v == Verdict.NOT_MET;
            undetermined |= v == Verdict.UNDETERMINED;
        }
        return new Held(
                Money.ofFen(financial),
                vehicles,
                exceeded ? Verdict.NOT_MET : undetermined ? Verdict.UNDETERMINED : Verdict.MET);
    }

    /** MET if exempt, NOT_APPLICABLE if not exempt (the item is counted), UNDETERMINED if the rule is not configured. */
    private static Verdict exemption(
            RuleContext ctx, ParameterKey<Boolean> key, Rule rule, boolean record, Object kind, Money value) {
        Boolean exempt = ctx.param(key);
        Verdict v = exempt == null ? Verdict.UNDETERMINED : exempt ? Verdict.MET : Verdict.NOT_APPLICABLE;
        if (record) {
            ctx.record(rule, v, "kind", kind, "value", value);
        }
        return v;
    }
}
