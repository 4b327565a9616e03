package org.minzheng.charity.filing;

import static org.minzheng.charity.CharityCitations.LAW_ART_3;
import static org.minzheng.charity.CharityCitations.LAW_ART_45_1;
import static org.minzheng.charity.CharityCitations.LAW_ART_45_2;
import static org.minzheng.charity.CharityCitations.MEASURES_ART_16;
import static org.minzheng.charity.CharityCitations.MEASURES_ART_17;
import static org.minzheng.charity.CharityCitations.MEASURES_ART_18;
import static org.minzheng.charity.CharityCitations.MEASURES_ART_18_5;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.charity.CharityCitations;
import org.minzheng.charity.CharityParameters;
import org.minzheng.charity.trust.AuthorityBasis;
import org.minzheng.charity.trust.CharitablePurpose;
import org.minzheng.charity.trust.CharitableTrust;
import org.minzheng.charity.trust.CivilAffairsDepartment;
import org.minzheng.charity.trust.CompetentAuthority;
import org.minzheng.charity.trust.Confidence;
import org.minzheng.charity.trust.FilingDocument;
import org.minzheng.charity.trust.TrustChecks;
import org.minzheng.charity.trust.Trustee;
import org.minzheng.charity.trust.TrusteeIssue;
import org.minzheng.charity.trust.TrusteeRules;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.program.Periods;
import org.minzheng.core.time.Deadline;
import org.minzheng.core.validation.Violation;

/**
 * {@code charity-trust-filing} — 慈善信托备案审查 (checking the filing of a charitable trust).
 *
 * <p>Legal basis: 《中华人民共和国慈善法》 Arts. 3, 44, 45, 47 (cited from the text as amended in 2023,
 * in force 2024-09-05, or from the 2016 text for earlier dates, see
 * {@link CharityCitations}); 《慈善信托管理办法》 (银监发〔2017〕37号) Arts. 16–18 as REFERENCE.md §7
 * gives them; 《慈善组织认定办法》 (民政部令第58号) Arts. 3 and 10. The rules, in order:
 * <ol>
 *   <li>{@code charity-trust-filing.trustee} — each trustee is a charitable organisation (registered by civil affairs
 *       and registered or recognised as such) or a trust company (an enterprise code), Art. 47;</li>
 *   <li>{@code charity-trust-filing.purposes} — the purposes are charitable activities of Art. 3; the open item (六)
 *       "other public-benefit activities" needs a person's judgement (NEEDS_REVIEW);</li>
 *   <li>{@code charity-trust-filing.documents} — the documents of 管理办法 Art. 18 items (1)–(6) were submitted; the
 *       custody agreement (5) only for a trust holding cash; (7) "other materials" is never required;</li>
 *   <li>{@code charity-trust-filing.custody} — a trust holding cash has bank custody in a dedicated account
 *       (管理办法 Art. 18 item 5);</li>
 *   <li>{@code charity-trust-filing.deadline} — filed within {@code charity-trust.filing.deadline-days} (7) days of
 *       signing, Art. 45 para 1, a period counted as 民法典 Arts. 201–203 count it
 *       ({@link org.minzheng.core.time.PeriodCount}): the signing day is not counted, so signed on
 *       a Monday the 1st, filed on the 8th is on time and on the 9th late; but a last day that is a
 *       statutory rest day (法定休假日: a day off of that year's holiday notice, or a Saturday or
 *       Sunday the notice does not make a working day) moves to the first day after the rest days.
 *       Signed on 28 September 2024, the nominal last day 5 October falls in the National Day days
 *       off (1–7 October, 国办发明电〔2023〕7号), so the filing is on time up to 8 October. For a
 *       year with no holiday notice configured only weekends extend, and the decision warns
 *       ({@code calendar.notice-not-configured});</li>
 *   <li>{@code charity-trust-filing.authority} — filed with the competent department ({@link TrusteeRules#competentAuthority}):
 *       trust company → prefecture where registered; charitable organisation → its registering
 *       department; several trustees → the lead trustee's (管理办法 Arts. 16–17). A department that
 *       cannot be derived sends the case to review;</li>
 *   <li>{@code charity-trust-filing.tax-preference} — tax-preference standing (Art. 45 para 2): a late filing is excluded
 *       (NOT_MET, confidence MEDIUM); an on-time filing with the wrong department goes to review
 *       (confidence LOW); otherwise not excluded (confidence HIGH). What preferences apply depends on
 *       tax rules the sources do not give (Art. 88).</li>
 * </ol>
 * The decision is ELIGIBLE when the filing is in order.
 *
 * <p><b>Which text applies: the one in force on the day of signing.</b> Every rule here is about
 * the trust as set up by its signed document and the filing that signing calls for, so its
 * citation (2016 or 2023 text of the Charity Law, see {@link CharityCitations}) and the filing
 * period are those in force on the signing date, not on the decision date: a trust signed on
 * 2024-09-01 and checked in 2025 is judged under the 2016 law (the amendment is in force from
 * 2024-09-05 and has no retroactive provision). The texts do not say this in so many words; it is
 * the general rule that a law governs the acts done while it is in force (立法法 第一百零四条, not
 * among the project's texts). The decision date still bounds the facts (nothing after it).
 *
 * <p>What a missing value blocks (docs/writing-a-program.md): the filing deadline decides whether the filing is on time (and so the tax standing), so it blocks; nothing only blanks a detail.
 */
public final class TrustFilingProgram extends AbstractProgram<TrustFiling, FilingCheckResult> {

    private static final String COUNTERFACTUAL_DOCUMENTS = "charity-trust-filing.counterfactual.documents";
    private static final String COUNTERFACTUAL_LATE = "charity-trust-filing.counterfactual.late";
    private static final String COUNTERFACTUAL_AUTHORITY = "charity-trust-filing.counterfactual.authority";

    /** The program id. */
    public static final String ID = "charity-trust-filing";

    /** Each trustee is a charitable organisation or a trust company (Art. 47). */
    public static final Rule TRUSTEE = TrusteeRules.rule("charity-trust-filing.trustee")
            .verdicts(Verdict.MET, Verdict.NOT_MET)
            .build();
    /** The purposes are charitable activities of Art. 3; item (六) needs a person's judgement. */
    public static final Rule PURPOSES = LAW_ART_3
            .rule("charity-trust-filing.purposes")
            .quote("本法所称慈善活动，是指自然人、法人和非法人组织以捐赠财产或者提供服务等方式，自愿开展的下列公益活动：")
            .verdicts(Verdict.MET, Verdict.NEEDS_REVIEW)
            .build();
    /** The documents of 管理办法 Art. 18 items (1)–(6) were submitted (text not at hand: no quote). */
    public static final Rule DOCUMENTS = Rule.builder("charity-trust-filing.documents", MEASURES_ART_18)
            .verdicts(Verdict.MET, Verdict.NOT_MET)
            .notes(COUNTERFACTUAL_DOCUMENTS)
            .build();
    /** A trust holding cash has bank custody in a dedicated account (管理办法 Art. 18 item 5). */
    public static final Rule CUSTODY = Rule.builder("charity-trust-filing.custody", MEASURES_ART_18_5)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.NOT_APPLICABLE)
            .build();
    /** Filed within the period of Art. 45 para 1, counted from the day after signing. */
    public static final Rule DEADLINE = LAW_ART_45_1
            .rule("charity-trust-filing.deadline")
            .quote("受托人应当在慈善信托文件签订之日起七日内，将相关文件向受托人所在地县级以上人民政府民政部门备案。")
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
            .reads(CharityParameters.FILING_DEADLINE_DAYS)
            .notes(COUNTERFACTUAL_LATE)
            .build();
    /** Filed with the competent department (管理办法 Arts. 16–17). */
    public static final Rule AUTHORITY = Rule.builder("charity-trust-filing.authority", MEASURES_ART_16)
            .alsoCites(MEASURES_ART_17)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.NEEDS_REVIEW, Verdict.NOT_APPLICABLE)
            .notes(COUNTERFACTUAL_AUTHORITY)
            .build();
    /**
     * Tax-preference standing (Art. 45 para 2); it follows from the filing deadline, whose value
     * it therefore declares.
     */
    public static final Rule TAX = LAW_ART_45_2
            .rule("charity-trust-filing.tax-preference")
            .quote("未按照前款规定将相关文件报民政部门备案的，不享受税收优惠。")
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.NEEDS_REVIEW, Verdict.UNDETERMINED)
            .reads(CharityParameters.FILING_DEADLINE_DAYS)
            .build();

    /** Creates the program (ServiceLoader needs a public no-argument constructor). */
    public TrustFilingProgram() {
        super(
                ID,
                new LocalizedText("慈善信托备案审查", "Charitable trust filing check"),
                TrustFiling.class,
                FilingCheckResult.class,
                "org.minzheng.charity.messages",
                List.of(TRUSTEE, PURPOSES, DOCUMENTS, CUSTODY, DEADLINE, AUTHORITY, TAX));
    }

    @Override
    protected void checkFacts(TrustFiling facts, PolicySnapshot snapshot, List<Violation> violations) {
        CharitableTrust t = facts.trust();
        TrustChecks.check(t, snapshot.date(), "facts.trust", violations);
        if (t.filedOn().isEmpty()) {
            violations.add(TrustChecks.required("facts.trust.filedOn"));
        }
        if (t.filingAuthority().isEmpty()) {
            violations.add(TrustChecks.required("facts.trust.filingAuthority"));
        }
    }

    @Override
    public Decision<FilingCheckResult> evaluate(TrustFiling f, PolicySnapshot snapshot) {
        RuleContext ctx = start(snapshot);
        CharitableTrust t = f.trust();
        // the law and the period in force on the day of signing (see the class comment)
        LocalDate date = t.signingDate();
        trustees(ctx, t, date);
        purposes(ctx, t, date);
        List<FilingDocument> missing = documents(ctx, f, t);
        custody(ctx, t);
        LocalDate filed = t.filedOn().orElseThrow();
        long daysAfter = ChronoUnit.DAYS.between(t.signingDate(), filed);
        Integer days = Periods.paramOn(ctx, CharityParameters.FILING_DEADLINE_DAYS, date);
        Deadline deadline = null;
        Boolean onTime = null;
        if (days == null) {
            ctx.recordCiting(
                    DEADLINE,
                    Verdict.UNDETERMINED,
                    LAW_ART_45_1.on(date),
                    "signingDate",
                    t.signingDate(),
                    "filedOn",
                    filed);
        } else {
            deadline = Periods.days(ctx, t.signingDate(), days);
            onTime = deadline(ctx, t, filed, days, deadline, daysAfter, date);
        }
        CompetentAuthority competent = TrusteeRules.competentAuthority(t);
        CivilAffairsDepartment filedWith = t.filingAuthority().orElseThrow();
        Verdict authority = authority(ctx, t, filedWith, competent);
        TaxStanding standing = TaxPreferenceRule.standing(true, onTime, authority);
        Confidence confidence = TaxPreferenceRule.confidence(standing);
        taxPreference(ctx, standing, confidence, date);
        return ctx.decide(new FilingCheckResult(
                days,
                deadline == null ? null : deadline.nominalLastDay(),
                deadline == null ? null : deadline.lastDay(),
                daysAfter,
                onTime,
                filedWith,
                competent.department(),
                competent.basis(),
                missing,
                t.holdsCash(),
                t.totalValue(),
                t.cashValue(),
                standing,
                confidence));
    }

    /** Art. 47: each trustee is a charitable organisation or a trust company. */
    private static void trustees(RuleContext ctx, CharitableTrust t, LocalDate date) {
        for (int i = 0; i < t.trustees().size(); i++) {
            Trustee tr = t.trustees().get(i);
            TrusteeIssue issue = TrusteeRules.issue(tr);
            ctx.recordCiting(
                    TRUSTEE,
                    issue == TrusteeIssue.NONE ? Verdict.MET : Verdict.NOT_MET,
                    TrusteeRules.citation(issue, date),
                    "position",
                    i + 1,
                    "type",
                    tr.type(),
                    "issue",
                    issue);
        }
    }

    /** Arts. 3 and 44: the purposes are charitable activities; item (六) needs judgement. */
    private static void purposes(RuleContext ctx, CharitableTrust t, LocalDate date) {
        List<CharitablePurpose> purposes = t.purposesInOrder();
        boolean open = purposes.contains(CharitablePurpose.OTHER_PUBLIC_BENEFIT);
        ctx.recordCiting(PURPOSES, open ? Verdict.NEEDS_REVIEW : Verdict.MET, LAW_ART_3.on(date), "purposes", purposes);
    }

    /** 管理办法 Art. 18: documents (1)–(6); (5) only with cash. */
    private static List<FilingDocument> documents(RuleContext ctx, TrustFiling f, CharitableTrust t) {
        boolean cash = t.holdsCash();
        List<FilingDocument> missing = new ArrayList<>();
        for (FilingDocument d : FilingDocument.values()) {
            if (d.requiredFor(cash) && !f.documents().contains(d)) {
                missing.add(d);
            }
        }
        ctx.record(DOCUMENTS, missing.isEmpty() ? Verdict.MET : Verdict.NOT_MET, "missing", missing, "cash", cash);
        if (!missing.isEmpty()) {
            ctx.counterfactual(COUNTERFACTUAL_DOCUMENTS, "missing", missing);
        }
        return missing;
    }

    /** 管理办法 Art. 18 item 5: cash in custody with a commercial bank, dedicated account. */
    private static void custody(RuleContext ctx, CharitableTrust t) {
        if (!t.holdsCash()) {
            ctx.record(CUSTODY, Verdict.NOT_APPLICABLE, "cashValue", t.cashValue());
            return;
        }
        boolean custody = t.custody().isPresent();
        boolean dedicated = custody && t.custody().get().dedicatedAccount();
        ctx.record(
                CUSTODY,
                dedicated ? Verdict.MET : Verdict.NOT_MET,
                "cashValue",
                t.cashValue(),
                "custody",
                custody,
                "dedicatedAccount",
                dedicated);
    }

    /** Art. 45 para 1: filed within the deadline, counted from the day after signing (民法典 Arts. 201–203). */
    private static boolean deadline(
            RuleContext ctx,
            CharitableTrust t,
            LocalDate filed,
            int days,
            Deadline deadline,
            long daysAfter,
            LocalDate date) {
        boolean inTime = deadline.inTime(filed);
        ctx.recordCiting(
                DEADLINE,
                inTime ? Verdict.MET : Verdict.NOT_MET,
                LAW_ART_45_1.on(date),
                "signingDate",
                t.signingDate(),
                "filedOn",
                filed,
                "nominalLastDay",
                deadline.nominalLastDay(),
                "lastDay",
                deadline.lastDay(),
                "days",
                days,
                "daysAfterSigning",
                daysAfter);
        if (!inTime) {
            ctx.counterfactual(
                    COUNTERFACTUAL_LATE, "daysLate", deadline.daysLate(filed), "lastDay", deadline.lastDay());
        }
        return inTime;
    }

    /** 管理办法 Arts. 16–17 (with 慈善法 Art. 45 para 1): the competent department. */
    private static Verdict authority(
            RuleContext ctx, CharitableTrust t, CivilAffairsDepartment filedWith, CompetentAuthority competent) {
        org.minzheng.core.citation.Citation cite = t.trustees().size() > 1 ? MEASURES_ART_17 : MEASURES_ART_16;
        AuthorityBasis basis = competent.basis();
        if (basis == AuthorityBasis.TRUSTEE_NOT_ALLOWED) {
            return ctx.recordCiting(AUTHORITY, Verdict.NOT_APPLICABLE, cite, "filedWith", filedWith, "basis", basis);
        }
        if (basis == AuthorityBasis.PREFECTURE_NOT_DERIVABLE) {
            return ctx.recordCiting(
                    AUTHORITY,
                    Verdict.NEEDS_REVIEW,
                    cite,
                    "filedWith",
                    filedWith,
                    "basis",
                    basis,
                    "leadTrustee",
                    t.leadIndex() + 1);
        }
        CivilAffairsDepartment expected = competent.department();
        boolean ok = expected.equals(filedWith);
        ctx.recordCiting(
                AUTHORITY,
                ok ? Verdict.MET : Verdict.NOT_MET,
                cite,
                "filedWith",
                filedWith,
                "competent",
                expected,
                "basis",
                basis,
                "leadTrustee",
                t.leadIndex() + 1);
        if (!ok) {
            ctx.counterfactual(COUNTERFACTUAL_AUTHORITY, "competent", expected);
        }
        return ok ? Verdict.MET : Verdict.NOT_MET;
    }

    /** Art. 45 para 2: no tax preferences without a filing as para 1 requires. */
    private static void taxPreference(RuleContext ctx, TaxStanding standing, Confidence confidence, LocalDate date) {
        Verdict v = switch (standing) {
            case NOT_EXCLUDED -> Verdict.MET;
            case EXCLUDED_NOT_FILED, EXCLUDED_LATE_FILING -> Verdict.NOT_MET;
            case REVIEW_FILING_AUTHORITY -> Verdict.NEEDS_REVIEW;
            case UNDETERMINED -> Verdict.UNDETERMINED;
        };
        ctx.recordCiting(TAX, v, LAW_ART_45_2.on(date), "standing", standing, "confidence", confidence);
    }
}
