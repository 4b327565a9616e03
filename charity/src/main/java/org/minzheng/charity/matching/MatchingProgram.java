package org.minzheng.charity.matching;

import static org.minzheng.charity.CharityCitations.LAW_ART_49_1;
import static org.minzheng.charity.CharityCitations.LAW_ART_53;
import static org.minzheng.charity.CharityCitations.LAW_ART_83_2;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.charity.trust.TrustChecks;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.validation.Violation;

/**
 * {@code charity-matching} — 慈善资源与救助需求对接 (matching charity resources to assistance needs).
 *
 * <p>Civil-affairs departments provide charitable organisations and trustees with information on
 * needs (《中华人民共和国慈善法》 Art. 83 para 2); Huzhou reports steering 120 million yuan of charity
 * money to comprehensive-assistance and eldercare projects by "connecting charity supply and demand"
 * (2024 report). This program allocates funds to needs by the documented, deterministic strategy
 * {@link MostLocalFundFirst}: a fund is spent only on a purpose it is bound to (Art. 49 para 1 for a
 * trust, Art. 53 for an organisation) and in its region; never more than a fund holds or a need asks.
 *
 * <p>Findings: one {@code charity-matching.allocation} (INFO) per allocation, explaining the fund chosen; one
 * {@code charity-matching.need} per need — MET when met in full, NEEDS_REVIEW when left short (a caseworker looks
 * for other help). The outcome is ELIGIBLE when every need is met, NEEDS_REVIEW otherwise. No policy
 * parameter is read.
 *
 * <p>What a missing value blocks (docs/writing-a-program.md): no parameter is read, so nothing changes.
 */
public final class MatchingProgram extends AbstractProgram<MatchingCase, MatchingResult> {

    /** The program id. */
    public static final String ID = "charity-matching";

    private static final String COUNTERFACTUAL_SHORTFALL = "charity-matching.counterfactual.shortfall";

    /**
     * One allocation, explained: a trust's money follows the trust purpose (Art. 49 para 1), an
     * organisation's its charitable purposes (Art. 53).
     */
    public static final Rule ALLOCATION = LAW_ART_49_1
            .rule("charity-matching.allocation")
            .quote("慈善信托的受托人管理和处分信托财产，应当按照信托目的，恪尽职守，履行诚信、谨慎管理的义务。")
            .alsoCites(LAW_ART_53.texts())
            .verdicts(Verdict.INFO)
            .build();
    /** How far a need was met: departments provide trustees and organisations with needs (Art. 83 para 2). */
    public static final Rule NEED = LAW_ART_83_2
            .rule("charity-matching.need")
            .quote("县级以上人民政府有关部门应当在各自职责范围内，向慈善组织、慈善信托受托人等提供慈善需求信息，为慈善活动提供指导和帮助。")
            .verdicts(Verdict.MET, Verdict.NEEDS_REVIEW)
            .notes(COUNTERFACTUAL_SHORTFALL)
            .build();

    /** Creates the program (ServiceLoader needs a public no-argument constructor). */
    public MatchingProgram() {
        super(
                ID,
                new LocalizedText("慈善资源与救助需求对接", "Matching charity resources to assistance needs"),
                MatchingCase.class,
                MatchingResult.class,
                "org.minzheng.charity.messages",
                List.of(ALLOCATION, NEED));
    }

    @Override
    protected void checkFacts(MatchingCase c, PolicySnapshot snapshot, List<Violation> violations) {
        Map<String, Integer> funds = new HashMap<>();
        for (int i = 0; i < c.funds().size(); i++) {
            Integer first = funds.putIfAbsent(c.funds().get(i).id(), i);
            if (first != null) {
                violations.add(duplicate("facts.funds[" + i + "].id", first));
            }
        }
        Map<String, Integer> needs = new HashMap<>();
        for (int i = 0; i < c.needs().size(); i++) {
            AssistanceNeed n = c.needs().get(i);
            Integer first = needs.putIfAbsent(n.id(), i);
            if (first != null) {
                violations.add(duplicate("facts.needs[" + i + "].id", first));
            }
            if (n.amount().isZero()) {
                violations.add(
                        TrustChecks.violation("facts.needs[" + i + "].amount", "charity.matching.need-amount-zero"));
            }
        }
    }

    private static Violation duplicate(String path, int first) {
        return TrustChecks.violation(path, "charity.matching.duplicate-id", "position", first + 1);
    }

    @Override
    public Decision<MatchingResult> evaluate(MatchingCase c, PolicySnapshot snapshot) {
        RuleContext ctx = start(snapshot);
        LocalDate date = snapshot.date();
        MatchingResult result = MostLocalFundFirst.allocate(c);
        Map<String, FundKind> kinds = new HashMap<>();
        for (CharityFund f : c.funds()) {
            kinds.put(f.id(), f.kind());
        }
        int a = 0;
        List<Allocation> allocations = result.allocations();
        for (NeedOutcome n : result.needs()) {
            while (a < allocations.size() && allocations.get(a).need().equals(n.need())) {
                Allocation al = allocations.get(a++);
                Citation basis =
                        kinds.get(al.fund()) == FundKind.CHARITABLE_TRUST ? LAW_ART_49_1.on(date) : LAW_ART_53.on(date);
                ctx.recordCiting(
                        ALLOCATION,
                        Verdict.INFO,
                        basis,
                        "step",
                        al.step(),
                        "need",
                        al.need(),
                        "fund",
                        al.fund(),
                        "amount",
                        al.amount(),
                        "purpose",
                        al.purpose(),
                        "needRegion",
                        al.needRegion(),
                        "fundRegion",
                        al.fundRegion(),
                        "fundScope",
                        al.fundScope());
            }
            ctx.recordCiting(
                    NEED,
                    n.status() == NeedStatus.COVERED ? Verdict.MET : Verdict.NEEDS_REVIEW,
                    LAW_ART_83_2.on(date),
                    "need",
                    n.need(),
                    "purpose",
                    n.purpose(),
                    "requested",
                    n.requested(),
                    "allocated",
                    n.allocated(),
                    "shortfall",
                    n.shortfall(),
                    "status",
                    n.status());
        }
        if (result.totalShortfall().isPositive()) {
            ctx.counterfactual(COUNTERFACTUAL_SHORTFALL, "shortfall", result.totalShortfall());
        }
        return ctx.decide(result);
    }
}
