package org.minzheng.funeral.burial;

import java.util.List;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.validation.Violation;
import org.minzheng.funeral.FuneralCitations;
import org.minzheng.funeral.FuneralParameters;

/**
 * {@code eco-burial-award} — 节地生态安葬奖补: whether a burial form counts as land-saving
 * ecological burial under 《关于推行节地生态安葬的指导意见》 (民发〔2016〕21号), which asks localities
 * to set award and subsidy policies, and the award for it.
 *
 * <p>The award per set of remains is regional data ({@code eco-burial.award.<form>}). Huzhou has
 * paid eco-burial awards to 5,720 people since 2019 (Huzhou Daily 2023-04-05), but the amounts
 * were NOT FOUND: the official pack has none and a Huzhou decision is UNDETERMINED. Elsewhere,
 * for comparison: Shenzhen 3,000 yuan for sea burial and 1,000 for other eco-burials; Hangzhou
 * (2014) 2,000 per niche or plot for poor families.
 *
 * <p><strong>What a missing value blocks</strong> (docs/writing-a-program.md): the award amount
 * blocks. 民发〔2016〕21号 asks localities to set award policies but grants no award itself, so
 * whether a region pays one at all (and for which forms) is in the value: a missing amount
 * leaves the decision UNDETERMINED. A configured amount is cited by its pack row.
 */
public final class EcoBurialAwardProgram extends AbstractProgram<EcoBurialApplication, EcoBurialAwardResult> {

    /** The program id. */
    public static final String ID = "eco-burial-award";
    /** Rule: the form counts as eco-burial. */
    public static final String FORM = "eco-burial-award.eco-form";
    /** Rule: the award amount. */
    public static final String AMOUNT = "eco-burial-award.amount";

    /** Creates the program (ServiceLoader needs a public no-argument constructor). */
    public EcoBurialAwardProgram() {
        super(ID, new LocalizedText("节地生态安葬奖补", "Eco-burial award"),
                List.of(FuneralCitations.ECO_BURIAL_FORMS, FuneralCitations.ECO_BURIAL_AWARD, FuneralCitations.HUZHOU_ECO_BURIAL),
                List.copyOf(FuneralParameters.ECO_BURIAL_AWARD.values()), EcoBurialApplication.class,
                EcoBurialAwardResult.class, "org.minzheng.funeral.messages");
    }

    @Override
    protected void checkFacts(EcoBurialApplication a, PolicySnapshot snapshot, List<Violation> violations) {
        if (a.burialDate().isAfter(snapshot.date())) {
            violations.add(new Violation("facts.burialDate", "eco-burial.burial-after-decision",
                    "安葬日期晚于决定日期 " + snapshot.date(), "is after the decision date " + snapshot.date()));
        }
    }

    @Override
    public Decision<EcoBurialAwardResult> evaluate(EcoBurialApplication a, PolicySnapshot snapshot) {
        RuleContext ctx = RuleContext.start(ID, snapshot);
        BurialForm form = a.form();
        boolean eco = ecoForm(ctx, form);
        Money perSet = eco ? award(ctx, form, a.setsOfRemains()) : null;
        Money total = perSet == null ? null : perSet.times(a.setsOfRemains());
        return ctx.decide(new EcoBurialAwardResult(form, form.category(), eco, form.keepsAshes(), perSet,
                a.setsOfRemains(), total));
    }

    /** 民发〔2016〕21号: vertical storage, land-saving plots, ashes not kept, deep burial without a mound. */
    private static boolean ecoForm(RuleContext ctx, BurialForm form) {
        boolean eco = form.isEcoBurial();
        ctx.record(FORM, eco ? Verdict.MET : Verdict.NOT_MET, FuneralCitations.ECO_BURIAL_FORMS, "form", form,
                "category", form.category(), "keepsAshes", form.keepsAshes());
        return eco;
    }

    /** The region's award per set of remains for the form; NOT FOUND for Huzhou. */
    private static Money award(RuleContext ctx, BurialForm form, int sets) {
        ParameterKey<Money> key = FuneralParameters.ECO_BURIAL_AWARD.get(form);
        Money perSet = ctx.param(key);
        if (perSet == null) {
            ctx.record(AMOUNT, Verdict.UNDETERMINED, FuneralCitations.ECO_BURIAL_AWARD, "form", form);
            return null;
        }
        ctx.record(AMOUNT, Verdict.INFO, FuneralCitations.valueOr(ctx, key, FuneralCitations.ECO_BURIAL_AWARD), "form", form, "perSet", perSet, "sets", sets, "total", perSet.times(sets));
        return perSet;
    }
}
