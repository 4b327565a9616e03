package org.minzheng.eligibility;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterType;
import org.minzheng.core.program.EnumLabels;
import org.minzheng.eligibility.household.PropertyKind;
import org.minzheng.eligibility.household.Vehicle;

/**
 * The property rules of one program family (dibao and the edge family, 特困, 刚性支出困难家庭):
 * whether a private car is compatible, the largest number of homes, and for each kind of property
 * Art. 14 of 最低生活保障审核确认办法 lists, whether an item declared necessary for production or
 * daily life is exempt ({@code <prefix>.asset.exempt.<kind>}, Art. 14: 可以……予以豁免 — a local
 * option, so no value ships) and, for trees and other fixtures, the largest total value
 * ({@code <prefix>.asset.limit.<kind>}). Each family has its own keys: a pack that wants one family
 * to follow another (刚性支出困难家庭认定办法 Art. 4: 可以参照最低生活保障边缘家庭的认定条件) writes
 * the same values under the family's own keys, citing that article — the library never reads one
 * family's value for another.
 */
public final class PropertyKeys implements Iterable<ParameterKey<?>> {

    private final ParameterKey<Boolean> carAllowed;
    private final ParameterKey<Integer> maxHomes;
    private final Map<PropertyKind, ParameterKey<Boolean>> exempt;
    private final Map<PropertyKind, ParameterKey<Money>> limit;
    private final ParameterKey<Boolean> livelihoodVehicleExempt;
    private final ParameterKey<Boolean> mobilityVehicleExempt;

    private PropertyKeys(
            String prefix,
            String zhFamily,
            String enFamily,
            ParameterKey<Boolean> carAllowed,
            ParameterKey<Integer> maxHomes) {
        this.carAllowed = carAllowed;
        this.maxHomes = maxHomes;
        Map<PropertyKind, ParameterKey<Boolean>> e = new EnumMap<>(PropertyKind.class);
        Map<PropertyKind, ParameterKey<Money>> l = new EnumMap<>(PropertyKind.class);
        for (PropertyKind k : PropertyKind.values()) {
            String kind = k.name().toLowerCase(Locale.ROOT).replace('_', '-');
            e.put(
                    k,
                    ParameterKey.of(
                            prefix + ".asset.exempt." + kind,
                            ParameterType.BOOLEAN,
                            "flag",
                            zh(zhFamily + "财产状况：维持家庭生产生活必需的该类财产是否豁免（", k, "）"),
                            en(
                                    enFamily
                                            + " property: whether an item of this kind needed for production or daily life is exempt (",
                                    k,
                                    ")")));
            if (!k.financial()) {
                l.put(
                        k,
                        ParameterKey.of(
                                        prefix + ".asset.limit." + kind,
                                        ParameterType.MONEY,
                                        "CNY/household",
                                        zh(zhFamily + "财产状况：该类财产总值上限（", k, "）"),
                                        en(enFamily + " property: largest total value of this kind (", k, ")"))
                                .within(Money.ZERO, null));
            }
        }
        this.exempt = Collections.unmodifiableMap(e);
        this.limit = Collections.unmodifiableMap(l);
        this.livelihoodVehicleExempt = ParameterKey.of(
                prefix + ".asset.exempt.livelihood-vehicle",
                ParameterType.BOOLEAN,
                "flag",
                zhFamily + "财产状况：家庭生计所需的车辆是否豁免",
                enFamily + " property: whether a vehicle the household lives from is exempt");
        this.mobilityVehicleExempt = ParameterKey.of(
                prefix + ".asset.exempt.disability-mobility-vehicle",
                ParameterType.BOOLEAN,
                "flag",
                zhFamily + "财产状况：残疾人代步车是否豁免",
                enFamily + " property: whether a disabled person's mobility vehicle is exempt");
    }

    /**
     * Obtains the keys of a family.
     *
     * @param prefix     the family's key prefix, such as {@code dibao}
     * @param zhFamily   the family's name in Chinese, for the key descriptions
     * @param enFamily   the family's name in English
     * @param carAllowed the family's private-car key
     * @param maxHomes   the family's homes key
     * @return the keys
     */
    public static PropertyKeys of(
            String prefix,
            String zhFamily,
            String enFamily,
            ParameterKey<Boolean> carAllowed,
            ParameterKey<Integer> maxHomes) {
        return new PropertyKeys(prefix, zhFamily, enFamily, carAllowed, maxHomes);
    }

    /** @return whether a private car (or a vehicle not exempt) is compatible */
    public ParameterKey<Boolean> carAllowed() {
        return carAllowed;
    }

    /** @return the largest number of homes */
    public ParameterKey<Integer> maxHomes() {
        return maxHomes;
    }

    /**
     * @param kind a kind
     * @return whether a necessary item of the kind is exempt
     */
    public ParameterKey<Boolean> exempt(PropertyKind kind) {
        return exempt.get(kind);
    }

    /**
     * @param kind a kind that is not financial
     * @return the largest total value of the kind
     */
    public ParameterKey<Money> limit(PropertyKind kind) {
        return limit.get(kind);
    }

    /**
     * @param use a use other than {@link Vehicle.Use#PRIVATE_CAR}
     * @return whether a vehicle of that use is exempt
     */
    public ParameterKey<Boolean> vehicleExempt(Vehicle.Use use) {
        return use == Vehicle.Use.LIVELIHOOD ? livelihoodVehicleExempt : mobilityVehicleExempt;
    }

    /**
     * The keys the family made, so that {@link org.minzheng.core.policy.ModulePolicyData} lists them
     * from the constant that holds the family.
     *
     * @return an iterator over {@link #declared()}
     */
    @Override
    public java.util.Iterator<ParameterKey<?>> iterator() {
        return declared().iterator();
    }

    /** @return the exemption and limit keys this object made (not the car and homes keys, declared elsewhere) */
    public List<ParameterKey<?>> declared() {
        List<ParameterKey<?>> list = new ArrayList<>(exempt.values());
        list.addAll(limit.values());
        list.add(livelihoodVehicleExempt);
        list.add(mobilityVehicleExempt);
        return list;
    }

    /** @return the exemption keys: one per kind of property, then the two vehicle uses (what an exemption rule reads) */
    public List<ParameterKey<Boolean>> exemptions() {
        List<ParameterKey<Boolean>> list = new ArrayList<>(exempt.values());
        list.add(livelihoodVehicleExempt);
        list.add(mobilityVehicleExempt);
        return List.copyOf(list);
    }

    /** @return the limit keys of the kinds that are not financial (what the rule of trees and fixtures reads) */
    public List<ParameterKey<Money>> limits() {
        return List.copyOf(limit.values());
    }

    /**
     * A description quoting the kind's label in the module's messages, for the descriptions people
     * read: made when it is first shown, not when the keys are declared.
     */
    private static Supplier<String> zh(String before, PropertyKind k, String after) {
        return EnumLabels.text(
                before, k, "org.minzheng.eligibility.messages", org.minzheng.core.decision.Language.ZH, after);
    }

    private static Supplier<String> en(String before, PropertyKind k, String after) {
        return EnumLabels.text(
                before, k, "org.minzheng.eligibility.messages", org.minzheng.core.decision.Language.EN, after);
    }
}
