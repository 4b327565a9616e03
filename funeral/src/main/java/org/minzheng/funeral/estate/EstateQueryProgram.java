package org.minzheng.funeral.estate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.time.DateRange;
import org.minzheng.core.validation.Checks;
import org.minzheng.core.validation.Violation;
import org.minzheng.funeral.FuneralCitations;
import org.minzheng.funeral.FuneralParameters;
import org.minzheng.funeral.FuneralValidation;
import org.minzheng.funeral.person.MaskedId;
import org.minzheng.funeral.person.Relation;

/**
 * {@code estate-query} — 已故人员涉财查询 (身后一件事 authorised asset query): decides whether an
 * applicant may learn a deceased person's assets, and issues an {@link EstateQueryGrant} or an
 * {@link EstateQueryRefusal}.
 *
 * <p><strong>Documents</strong> (《关于简化查询已故存款人存款相关事项的通知》, 银保监办发〔2019〕107号,
 * CBIRC General Office and Ministry of Justice General Office): the spouse, parents and
 * children need the death certificate, a document showing the relationship and their own ID;
 * heirs or legatees named in a notarised will need the death certificate, the notarised will
 * and their own ID; other heirs need a notary office's deposit-query letter and their own ID
 * ({@link EvidenceRoute}). Any missing document refuses the application, and the refusal names
 * every missing document.
 *
 * <p><strong>Scope</strong>: the 2019 notice covers deposits and the non-deposit products the
 * bank itself issues or manages; third-party products the bank only distributes and cannot
 * value are referred to the issuer. Securities, insurance, the provident fund and real estate
 * are covered only where the region's joint service (Huzhou: 全市范围的“身后事”涉财查询联办, the
 * bureau's 2024 report) is configured for them ({@code estate-query.scope.<kind>}); Huzhou's
 * scope is NOT FOUND, so such a query is UNDETERMINED on the official pack. An asked-for kind
 * configured as not covered is left out of the grant (the applicant applies to that institution
 * directly); if no asked-for kind is covered, the application is refused.
 *
 * <p><strong>Dates</strong>: the grant runs from the decision date for
 * {@code estate-query.grant-validity-days} days where the region sets a period. No source states
 * one (NOT FOUND): the 2019 notice grants the query without a time limit, so a period is a local
 * measure of the grant, not a condition of it.
 *
 * <p><strong>What a missing value blocks</strong> (docs/writing-a-program.md): the scope flag of an
 * asked-for kind blocks (it decides whether the grant covers that kind at all, so a kind whose
 * coverage is not configured leaves the decision UNDETERMINED). The validity period only blanks a
 * detail: an applicant whose documents meet the 2019 notice and whose asked-for kinds are covered
 * receives the grant (ELIGIBLE) with {@code validity} absent and the key named; the grant then runs
 * from the decision date with no end set (see {@link EstateQueryGrant#isValidOn}).
 *
 * <p>Citations: a finding cites the rule's own text (the 2019 notice for deposits and the bank's
 * own products; 国发〔2024〕3号, the "one matter" reform under which the joint after-death services
 * run, for the joint service and the validity period: Huzhou's 2024 work report, which names the
 * 授权涉财查询, is a report and no rule cites it, while a pack row may);
 * the pack row that set a value it used (whichever region's file or overlay that is) travels in
 * its sources. The grant's legal
 * basis lists the route's passage, the 2019 scope and the rows its scope and validity rest on.
 *
 * <p>The findings hold the relation, documents and kinds only: never a name or an identity
 * number. The grant holds the masked identity numbers.
 */
public final class EstateQueryProgram extends AbstractProgram<EstateQueryApplication, EstateQueryResult> {

    /** The program id. */
    public static final String ID = "estate-query";
    /**
     * 2019 notice: the documents the applicant's relation requires ({@link EvidenceRoute}) are all
     * held; every missing one is named. Cites the route's passage.
     */
    public static final Rule EVIDENCE = Rule.builder("estate-query.evidence", FuneralCitations.QUERY_CLOSE_RELATIVES)
            .verdicts(Verdict.MET, Verdict.NOT_MET)
            .alsoCites(FuneralCitations.QUERY_WILL, FuneralCitations.QUERY_OTHER_HEIRS)
            .build();
    /**
     * An asked-for kind of asset is within the region's query ({@code estate-query.scope.<kind>}):
     * the 2019 notice for deposits and the bank's own products, the region's joint service
     * (Huzhou's 授权涉财查询, scope NOT FOUND) for the other kinds. MET covered, NOT_APPLICABLE
     * configured as not covered (left out of the grant), UNDETERMINED not configured.
     */
    public static final Rule SCOPE = Rule.builder("estate-query.scope", FuneralCitations.QUERY_SCOPE)
            .verdicts(Verdict.MET, Verdict.NOT_APPLICABLE, Verdict.UNDETERMINED)
            .reads(List.copyOf(FuneralParameters.ESTATE_QUERY_SCOPE.values()))
            .alsoCites(FuneralCitations.EFFICIENT_SERVICE)
            .build();
    /** At least one asked-for kind is within the region's query; refused (NOT_MET) when none is. */
    public static final Rule SCOPE_NOT_EMPTY = Rule.builder(
                    "estate-query.scope-not-empty", FuneralCitations.QUERY_SCOPE)
            .verdicts(Verdict.NOT_MET)
            .build();
    /** 2019 notice (information): third-party products the bank only distributes are referred to their issuer. */
    public static final Rule THIRD_PARTY = Rule.builder(
                    "estate-query.third-party-products", FuneralCitations.QUERY_THIRD_PARTY)
            .verdicts(Verdict.INFO)
            .build();
    /** The grant's validity period ({@code estate-query.grant-validity-days}), a detail of the grant. */
    public static final Rule VALIDITY = Rule.builder("estate-query.validity", FuneralCitations.EFFICIENT_SERVICE)
            .verdicts(Verdict.INFO)
            .reads(FuneralParameters.ESTATE_QUERY_VALIDITY_DAYS)
            .build();
    /** (Information) the validity period is not configured (NOT FOUND for Huzhou); the grant has no end date. */
    public static final Rule VALIDITY_NOT_CONFIGURED = Rule.builder(
                    "estate-query.validity-not-configured", FuneralCitations.EFFICIENT_SERVICE)
            .verdicts(Verdict.INFO)
            .reads(FuneralParameters.ESTATE_QUERY_VALIDITY_DAYS)
            .build();

    /** Creates the program (ServiceLoader needs a public no-argument constructor). */
    public EstateQueryProgram() {
        super(
                ID,
                new LocalizedText("已故人员涉财查询授权", "Estate query authorisation for a deceased person"),
                EstateQueryApplication.class,
                EstateQueryResult.class,
                "org.minzheng.funeral.messages",
                List.of(EVIDENCE, SCOPE, SCOPE_NOT_EMPTY, THIRD_PARTY, VALIDITY, VALIDITY_NOT_CONFIGURED));
    }

    @Override
    protected void checkFacts(EstateQueryApplication a, PolicySnapshot snapshot, List<Violation> violations) {
        LocalDate death = a.deceased().dateOfDeath();
        Checks.notAfterDecisionDate("facts.deceased.dateOfDeath", death, snapshot.date(), violations);
        if (death.isBefore(a.deceased().idNumber().birthDate())) {
            violations.add(
                    FuneralValidation.violation("facts.deceased.dateOfDeath", "estate-query.death-before-birth"));
        }
        if (a.applicant().idNumber().equals(a.deceased().idNumber())) {
            violations.add(
                    FuneralValidation.violation("facts.applicant.idNumber", "estate-query.applicant-is-deceased"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < a.institutions().size(); i++) {
            if (!seen.add(a.institutions().get(i))) {
                violations.add(FuneralValidation.violation(
                        "facts.institutions[" + i + "]", "estate-query.institution-duplicate"));
            }
        }
    }

    @Override
    public Decision<EstateQueryResult> evaluate(EstateQueryApplication a, PolicySnapshot snapshot) {
        RuleContext ctx = start(snapshot);
        Relation relation = a.applicant().relation();
        EvidenceRoute route = EvidenceRoute.of(relation);
        List<Evidence> required = List.copyOf(route.required());
        List<Evidence> missing = List.copyOf(route.missing(a.evidence()));
        if (!evidenceComplete(ctx, relation, route, missing)) {
            EstateQueryRefusal refusal = new EstateQueryRefusal(relation, missing, List.of(), route.citation());
            return ctx.decide(new EstateQueryResult(
                    relation, route, required, missing, List.of(), List.of(), List.of(), null, refusal));
        }
        List<AssetKind> covered = new ArrayList<>();
        List<AssetKind> excluded = new ArrayList<>();
        List<AssetKind> undetermined = new ArrayList<>();
        for (AssetKind kind : EnumSet.copyOf(a.assetKinds())) {
            scope(ctx, kind, covered, excluded, undetermined);
        }
        if (covered.isEmpty() && undetermined.isEmpty()) {
            ctx.record(SCOPE_NOT_EMPTY, Verdict.NOT_MET, "excludedKinds", excluded);
            EstateQueryRefusal refusal =
                    new EstateQueryRefusal(relation, List.of(), excluded, FuneralCitations.QUERY_SCOPE);
            return ctx.decide(new EstateQueryResult(
                    relation, route, required, missing, covered, excluded, undetermined, null, refusal));
        }
        if (covered.contains(AssetKind.BANK_PRODUCTS)) {
            ctx.record(THIRD_PARTY, Verdict.INFO);
        }
        EstateQueryGrant grant = null;
        if (undetermined.isEmpty()) {
            DateRange validity = validity(ctx, snapshot.date());
            grant = new EstateQueryGrant(
                    MaskedId.of(a.deceased().idNumber()),
                    MaskedId.of(a.applicant().idNumber()),
                    relation,
                    GrantScope.of(a.institutions(), covered),
                    snapshot.date(),
                    validity,
                    legalBasis(snapshot, route, covered));
        }
        return ctx.decide(new EstateQueryResult(
                relation, route, required, missing, covered, excluded, undetermined, grant, null));
    }

    /** 2019 notice: the relation's route and its documents; every missing document is named. */
    private static boolean evidenceComplete(
            RuleContext ctx, Relation relation, EvidenceRoute route, List<Evidence> missing) {
        boolean complete = missing.isEmpty();
        ctx.recordCiting(
                EVIDENCE,
                complete ? Verdict.MET : Verdict.NOT_MET,
                route.citation(),
                "relation",
                relation,
                "required",
                List.copyOf(route.required()),
                "missing",
                missing);
        return complete;
    }

    /**
     * 2019 notice (deposits, the bank's own products) or the region's joint service (other
     * kinds): whether the kind is covered, per {@code estate-query.scope.<kind>}.
     */
    private static void scope(
            RuleContext ctx,
            AssetKind kind,
            List<AssetKind> covered,
            List<AssetKind> excluded,
            List<AssetKind> undetermined) {
        Citation basis = kind.coveredBy2019Notice() ? FuneralCitations.QUERY_SCOPE : FuneralCitations.EFFICIENT_SERVICE;
        Boolean inScope = ctx.param(FuneralParameters.ESTATE_QUERY_SCOPE.get(kind));
        if (inScope == null) {
            ctx.recordCiting(SCOPE, Verdict.UNDETERMINED, basis, "kind", kind);
            undetermined.add(kind);
        } else if (inScope) {
            ctx.recordCiting(SCOPE, Verdict.MET, basis, "kind", kind);
            covered.add(kind);
        } else {
            ctx.recordCiting(SCOPE, Verdict.NOT_APPLICABLE, basis, "kind", kind);
            excluded.add(kind);
        }
    }

    /**
     * The grant's dates: {@code [date, date + estate-query.grant-validity-days)}; NOT FOUND for
     * Huzhou, and then absent (a detail of the grant, not a condition of it).
     * Not counted by {@link org.minzheng.core.time.PeriodCount}: this is how long the grant is valid
     * (a property of the authorisation the department issues), not a period within which a party
     * must act, so 民法典 Art. 203 does not move its end past a holiday.
     */
    private static DateRange validity(RuleContext ctx, LocalDate date) {
        Integer days = ctx.detail(FuneralParameters.ESTATE_QUERY_VALIDITY_DAYS, "validity");
        if (days == null) {
            ctx.record(
                    VALIDITY_NOT_CONFIGURED,
                    Verdict.INFO,
                    "from",
                    date,
                    "key",
                    FuneralParameters.ESTATE_QUERY_VALIDITY_DAYS.name());
            return null;
        }
        DateRange range = DateRange.of(date, date.plusDays(days));
        ctx.record(
                VALIDITY,
                Verdict.INFO,
                "days",
                days,
                "from",
                date,
                "lastDay",
                range.endExclusive().orElseThrow().minusDays(1));
        return range;
    }

    /**
     * The route's passage, the 2019 scope, and the rows the grant's other kinds and its validity
     * rest on (each once, in that order): never a region's source that did not set a value of it.
     * The grant is a document an institution reads without the decision, so it names the rows
     * itself (the decision's findings carry them as their sources). Only values the decision read
     * are named: a covered kind beyond the 2019 notice and a validity period were both read.
     */
    private static List<Citation> legalBasis(PolicySnapshot snapshot, EvidenceRoute route, List<AssetKind> covered) {
        List<Citation> basis = new ArrayList<>(4);
        basis.add(route.citation());
        basis.add(FuneralCitations.QUERY_SCOPE);
        for (AssetKind kind : covered) {
            if (!kind.coveredBy2019Notice()) {
                addOnce(
                        basis,
                        snapshot.find(FuneralParameters.ESTATE_QUERY_SCOPE.get(kind))
                                .citation());
            }
        }
        ParameterValue<Integer> validity = snapshot.find(FuneralParameters.ESTATE_QUERY_VALIDITY_DAYS);
        if (validity != null) {
            addOnce(basis, validity.citation());
        }
        return basis;
    }

    private static void addOnce(List<Citation> list, Citation c) {
        if (!list.contains(c)) {
            list.add(c);
        }
    }
}
