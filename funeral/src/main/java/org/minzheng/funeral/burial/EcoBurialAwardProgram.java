package org.minzheng.funeral.burial;

import java.util.List;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.validation.Checks;
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
 * leaves the decision UNDETERMINED. A configured amount's pack row travels in the finding's sources.
 */
public final class EcoBurialAwardProgram extends AbstractProgram<EcoBurialApplication, EcoBurialAwardResult> {

    /** The program id. */
    public static final String ID = "eco-burial-award";
    /** 民发〔2016〕21号: the form is one of the land-saving ecological burial forms. */
    public static final Rule ECO_FORM = Rule.builder("eco-burial-award.eco-form", FuneralCitations.ECO_BURIAL_FORMS)
            .verdicts(Verdict.MET, Verdict.NOT_MET)
            .build();
    /**
     * 民发〔2016〕21号 (award policies are the locality's): the region's award per set of remains for
     * the form. UNDETERMINED where the region's amount is not configured (Huzhou: NOT FOUND; the
     * 2023 report of awards paid, {@link FuneralCitations#HUZHOU_ECO_BURIAL}, gives no amount).
     */
    public static final Rule AMOUNT = Rule.builder("eco-burial-award.amount", FuneralCitations.ECO_BURIAL_AWARD)
            .verdicts(Verdict.INFO, Verdict.UNDETERMINED)
            .reads(List.copyOf(FuneralParameters.ECO_BURIAL_AWARD.values()))
            .build();

    /** Creates the program (ServiceLoader needs a public no-argument constructor). */
    public EcoBurialAwardProgram() {
        super(
                ID,
                new LocalizedText("节地生态安葬奖补", "Eco-burial award"),
                EcoBurialApplication.class,
                EcoBurialAwardResult.class,
                "org.minzheng.funeral.messages",
                List.of(ECO_FORM, AMOUNT));
    }

    @Override
    protected void checkFacts(EcoBurialApplication a, PolicySnapshot snapshot, List<Violation> violations) {
        Checks.notAfterDecisionDate("facts.burialDate", a.burialDate(), snapshot.date(), violations);
    }

    @Override
    public Decision<EcoBurialAwardResult> evaluate(EcoBurialApplication a, PolicySnapshot snapshot) {
        RuleContext ctx = start(snapshot);
        BurialForm form = a.form();
        boolean eco = ecoForm(ctx, form);
        Money perSet = eco ? award(ctx, form, a.setsOfRemains()) : null;
        Money total = perSet == null ? null : perSet.times(a.setsOfRemains());
        return ctx.decide(new EcoBurialAwardResult(
                form, form.category(), eco, form.keepsAshes(), perSet, a.setsOfRemains(), total));
    }

    /** 民发〔2016〕21号: vertical storage, land-saving plots, ashes not kept, deep burial without a mound. */
    private static boolean ecoForm(RuleContext ctx, BurialForm form) {
        boolean eco = form.isEcoBurial();
        ctx.record(
                ECO_FORM,
                eco ? Verdict.MET : Verdict.NOT_MET,
                "form",
                form,
                "category",
                form.category(),
                "keepsAshes",
                form.keepsAshes());
        return eco;
    }

    /** The region's award per set of remains for the form; NOT FOUND for Huzhou. */
    private static Money award(RuleContext ctx, BurialForm form, int sets) {
        ParameterKey<Money> key = FuneralParameters.ECO_BURIAL_AWARD.get(form);
        Money perSet = ctx.param(key);
        if (perSet == null) {
            ctx.record(AMOUNT, Verdict.UNDETERMINED, "form", form);
            return null;
        }
        ctx.record(AMOUNT, Verdict.INFO, "form", form, "perSet", perSet, "sets", sets, "total", perSet.times(sets));
        return perSet;
    }
}
