package org.minzheng.charity.matching;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minzheng.charity.CharityCitations;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Decision;
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
 * <p>Findings: one {@value #ALLOCATION} (INFO) per allocation, explaining the fund chosen; one
 * {@value #NEED} per need — MET when met in full, NEEDS_REVIEW when left short (a caseworker looks
 * for other help). The outcome is ELIGIBLE when every need is met, NEEDS_REVIEW otherwise. No policy
 * parameter is read.
 *
 * <p>What a missing value blocks (docs/writing-a-program.md): no parameter is read, so nothing changes.
 */
public final class MatchingProgram extends AbstractProgram<MatchingCase, MatchingResult> {

    /** The program id. */
    public static final String ID = "charity-matching";
    /** Rule: one allocation, explained. */
    public static final String ALLOCATION = "charity-matching.allocation";
    /** Rule: how far a need was met. */
    public static final String NEED = "charity-matching.need";

    /** Every rule and the verdicts it can record, for reviewers and the message test. */
    public static final Map<String, Set<Verdict>> RULES = declaredVerdicts();

    /** Creates the program (ServiceLoader needs a public no-argument constructor). */
    public MatchingProgram() {
        super(ID, new LocalizedText("慈善资源与救助需求对接", "Matching charity resources to assistance needs"),
                List.of(CharityCitations.LAW_ART_83_2.on(CharityCitations.AMENDMENT_IN_FORCE),
                        CharityCitations.LAW_ART_49_1.on(CharityCitations.AMENDMENT_IN_FORCE),
                        CharityCitations.LAW_ART_53.on(CharityCitations.AMENDMENT_IN_FORCE)),
                List.of(), MatchingCase.class, MatchingResult.class, "org.minzheng.charity.messages");
    }

    private static Map<String, Set<Verdict>> declaredVerdicts() {
        Map<String, Set<Verdict>> m = new LinkedHashMap<>();
        m.put(ALLOCATION, EnumSet.of(Verdict.INFO));
        m.put(NEED, EnumSet.of(Verdict.MET, Verdict.NEEDS_REVIEW));
        return Collections.unmodifiableMap(m);
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
                violations.add(new Violation("facts.needs[" + i + "].amount", "charity.matching.need-amount-zero",
                        "须大于零", "must be greater than zero"));
            }
        }
    }

    private static Violation duplicate(String path, int first) {
        return new Violation(path, "charity.matching.duplicate-id", "与第 " + (first + 1) + " 项的编号相同",
                "is the same id as entry #" + (first + 1));
    }

    @Override
    public Decision<MatchingResult> evaluate(MatchingCase c, PolicySnapshot snapshot) {
        RuleContext ctx = RuleContext.start(ID, snapshot);
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
                Citation basis = kinds.get(al.fund()) == FundKind.CHARITABLE_TRUST
                        ? CharityCitations.LAW_ART_49_1.on(date) : CharityCitations.LAW_ART_53.on(date);
                ctx.record(ALLOCATION, Verdict.INFO, basis, "step", al.step(), "need", al.need(), "fund", al.fund(),
                        "amount", al.amount(), "purpose", al.purpose(), "needRegion", al.needRegion(),
                        "fundRegion", al.fundRegion(), "fundScope", al.fundScope());
            }
            ctx.record(NEED, n.status() == NeedStatus.COVERED ? Verdict.MET : Verdict.NEEDS_REVIEW,
                    CharityCitations.LAW_ART_83_2.on(date), "need", n.need(), "purpose", n.purpose(),
                    "requested", n.requested(), "allocated", n.allocated(), "shortfall", n.shortfall(),
                    "status", n.status());
        }
        if (result.totalShortfall().isPositive()) {
            ctx.counterfactual("charity-matching.counterfactual.shortfall", "shortfall", result.totalShortfall());
        }
        return ctx.decide(result);
    }
}
