package org.minzheng.funeral.estate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.time.DateRange;
import org.minzheng.core.validation.Violation;
import org.minzheng.funeral.FuneralCitations;
import org.minzheng.funeral.FuneralParameters;
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
 * <p>Citations: a finding that uses a configured value (a kind's scope beyond the 2019 notice, the
 * validity period) cites the pack row that set it, whichever region's file or overlay that is; a
 * finding whose value is missing cites the rule's own text (the 2019 notice for deposits and the
 * bank's own products, the Huzhou report's 授权涉财查询 for the joint service). The grant's legal
 * basis lists the route's passage, the 2019 scope and the rows its scope and validity rest on.
 *
 * <p>The findings hold the relation, documents and kinds only: never a name or an identity
 * number. The grant holds the masked identity numbers.
 */
public final class EstateQueryProgram extends AbstractProgram<EstateQueryApplication, EstateQueryResult> {

    /** The program id. */
    public static final String ID = "estate-query";
    /** Rule: the documents the relation requires are held. */
    public static final String EVIDENCE = "estate-query.evidence";
    /** Rule: an asked-for kind of asset is within the region's query. */
    public static final String SCOPE = "estate-query.scope";
    /** Rule: at least one asked-for kind is within the region's query. */
    public static final String SCOPE_EMPTY = "estate-query.scope-not-empty";
    /** Rule (information): third-party products are referred to their issuer. */
    public static final String THIRD_PARTY = "estate-query.third-party-products";
    /** Rule: the grant's validity period. */
    public static final String VALIDITY = "estate-query.validity";
    /** Rule (information): the validity period is not configured; the grant has no end date. */
    public static final String VALIDITY_NOT_CONFIGURED = "estate-query.validity-not-configured";

    /** Creates the program (ServiceLoader needs a public no-argument constructor). */
    public EstateQueryProgram() {
        super(ID, new LocalizedText("已故人员涉财查询授权", "Estate query authorisation for a deceased person"),
                List.of(FuneralCitations.QUERY_CLOSE_RELATIVES, FuneralCitations.QUERY_WILL,
                        FuneralCitations.QUERY_OTHER_HEIRS, FuneralCitations.QUERY_SCOPE,
                        FuneralCitations.QUERY_THIRD_PARTY, FuneralCitations.HUZHOU_AUTHORISED_QUERY),
                readParameters(), EstateQueryApplication.class, EstateQueryResult.class, "org.minzheng.funeral.messages");
    }

    private static List<org.minzheng.core.policy.ParameterKey<?>> readParameters() {
        List<org.minzheng.core.policy.ParameterKey<?>> list = new ArrayList<>(FuneralParameters.ESTATE_QUERY_SCOPE.values());
        list.add(FuneralParameters.ESTATE_QUERY_VALIDITY_DAYS);
        return list;
    }

    @Override
    protected void checkFacts(EstateQueryApplication a, PolicySnapshot snapshot, List<Violation> violations) {
        LocalDate death = a.deceased().dateOfDeath();
        if (death.isAfter(snapshot.date())) {
            violations.add(new Violation("facts.deceased.dateOfDeath", "estate-query.death-after-decision",
                    "死亡日期晚于决定日期 " + snapshot.date(), "is after the decision date " + snapshot.date()));
        }
        if (death.isBefore(a.deceased().idNumber().birthDate())) {
            violations.add(new Violation("facts.deceased.dateOfDeath", "estate-query.death-before-birth",
                    "早于身份号码中的出生日期", "is before the birth date in the identity number"));
        }
        if (a.applicant().idNumber().equals(a.deceased().idNumber())) {
            violations.add(new Violation("facts.applicant.idNumber", "estate-query.applicant-is-deceased",
                    "申请人与逝者为同一人（身份号码相同）", "is the deceased's own identity number"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < a.institutions().size(); i++) {
            if (!seen.add(a.institutions().get(i))) {
                violations.add(new Violation("facts.institutions[" + i + "]", "estate-query.institution-duplicate",
                        "重复列出的机构", "lists an institution already listed"));
            }
        }
    }

    @Override
    public Decision<EstateQueryResult> evaluate(EstateQueryApplication a, PolicySnapshot snapshot) {
        RuleContext ctx = RuleContext.start(ID, snapshot);
        Relation relation = a.applicant().relation();
        EvidenceRoute route = EvidenceRoute.of(relation);
        List<Evidence> required = List.copyOf(route.required());
        List<Evidence> missing = List.copyOf(route.missing(a.evidence()));
        if (!evidenceComplete(ctx, relation, route, missing)) {
            EstateQueryRefusal refusal = new EstateQueryRefusal(relation, missing, List.of(), route.citation());
            return ctx.decide(new EstateQueryResult(relation, route, required, missing, List.of(), List.of(), List.of(),
                    null, refusal));
        }
        List<AssetKind> covered = new ArrayList<>();
        List<AssetKind> excluded = new ArrayList<>();
        List<AssetKind> undetermined = new ArrayList<>();
        for (AssetKind kind : EnumSet.copyOf(a.assetKinds())) {
            scope(ctx, kind, covered, excluded, undetermined);
        }
        if (covered.isEmpty() && undetermined.isEmpty()) {
            ctx.record(SCOPE_EMPTY, Verdict.NOT_MET, FuneralCitations.QUERY_SCOPE, "excludedKinds", excluded);
            EstateQueryRefusal refusal = new EstateQueryRefusal(relation, List.of(), excluded, FuneralCitations.QUERY_SCOPE);
            return ctx.decide(new EstateQueryResult(relation, route, required, missing, covered, excluded, undetermined,
                    null, refusal));
        }
        if (covered.contains(AssetKind.BANK_PRODUCTS)) {
            ctx.record(THIRD_PARTY, Verdict.INFO, FuneralCitations.QUERY_THIRD_PARTY);
        }
        EstateQueryGrant grant = null;
        if (undetermined.isEmpty()) {
            DateRange validity = validity(ctx, snapshot.date());
            grant = new EstateQueryGrant(MaskedId.of(a.deceased().idNumber()), MaskedId.of(a.applicant().idNumber()),
                    relation, GrantScope.of(a.institutions(), covered), snapshot.date(), validity,
                    legalBasis(ctx, route, covered));
        }
        return ctx.decide(new EstateQueryResult(relation, route, required, missing, covered, excluded, undetermined,
                grant, null));
    }

    /** 2019 notice: the relation's route and its documents; every missing document is named. */
    private static boolean evidenceComplete(RuleContext ctx, Relation relation, EvidenceRoute route, List<Evidence> missing) {
        boolean complete = missing.isEmpty();
        ctx.record(EVIDENCE, complete ? Verdict.MET : Verdict.NOT_MET, route.citation(),
                "relation", relation, "required", List.copyOf(route.required()), "missing", missing);
        return complete;
    }

    /**
     * 2019 notice (deposits, the bank's own products) or the region's joint service (other
     * kinds): whether the kind is covered, per {@code estate-query.scope.<kind>}.
     */
    private static void scope(RuleContext ctx, AssetKind kind, List<AssetKind> covered, List<AssetKind> excluded,
                              List<AssetKind> undetermined) {
        Citation rule = kind.coveredBy2019Notice() ? FuneralCitations.QUERY_SCOPE : FuneralCitations.HUZHOU_AUTHORISED_QUERY;
        Boolean inScope = ctx.param(FuneralParameters.ESTATE_QUERY_SCOPE.get(kind));
        Citation basis = FuneralCitations.valueOr(ctx, FuneralParameters.ESTATE_QUERY_SCOPE.get(kind), rule);
        if (inScope == null) {
            ctx.record(SCOPE, Verdict.UNDETERMINED, basis, "kind", kind);
            undetermined.add(kind);
        } else if (inScope) {
            ctx.record(SCOPE, Verdict.MET, basis, "kind", kind);
            covered.add(kind);
        } else {
            ctx.record(SCOPE, Verdict.NOT_APPLICABLE, basis, "kind", kind);
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
            ctx.record(VALIDITY_NOT_CONFIGURED, Verdict.INFO, FuneralCitations.HUZHOU_AUTHORISED_QUERY, "from", date,
                    "key", FuneralParameters.ESTATE_QUERY_VALIDITY_DAYS.name());
            return null;
        }
        if (days < 1) {
            throw new IllegalStateException(FuneralParameters.ESTATE_QUERY_VALIDITY_DAYS + " must be at least 1 day");
        }
        DateRange range = DateRange.of(date, date.plusDays(days));
        ctx.record(VALIDITY, Verdict.INFO,
                FuneralCitations.valueOr(ctx, FuneralParameters.ESTATE_QUERY_VALIDITY_DAYS, FuneralCitations.HUZHOU_AUTHORISED_QUERY),
                "days", days, "from", date,
                "lastDay", range.endExclusive().orElseThrow().minusDays(1));
        return range;
    }

    /**
     * The route's passage, the 2019 scope, and the rows the grant's other kinds and its validity
     * rest on (each once, in that order): never a region's source that did not set a value of it.
     */
    private static List<Citation> legalBasis(RuleContext ctx, EvidenceRoute route, List<AssetKind> covered) {
        List<Citation> basis = new ArrayList<>(4);
        basis.add(route.citation());
        basis.add(FuneralCitations.QUERY_SCOPE);
        for (AssetKind kind : covered) {
            if (!kind.coveredBy2019Notice()) {
                addOnce(basis, FuneralCitations.valueOr(ctx, FuneralParameters.ESTATE_QUERY_SCOPE.get(kind),
                        FuneralCitations.HUZHOU_AUTHORISED_QUERY));
            }
        }
        ParameterValue<Integer> validity = ctx.snapshot().find(FuneralParameters.ESTATE_QUERY_VALIDITY_DAYS);
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
