package org.minzheng.eligibility.children;

import static org.minzheng.eligibility.EligibilityCitations.DE_FACTO_SECTION_1;
import static org.minzheng.eligibility.EligibilityCitations.DE_FACTO_SECTION_3_1;
import static org.minzheng.eligibility.EligibilityCitations.ORPHANS_SECTION_1;
import static org.minzheng.eligibility.EligibilityCitations.ORPHANS_SECTION_2_1;
import static org.minzheng.eligibility.EligibilityParameters.CA_AGE_LIMIT;
import static org.minzheng.eligibility.EligibilityParameters.CA_DE_FACTO_STANDARD;
import static org.minzheng.eligibility.EligibilityParameters.CA_MENTAL_GRADE;
import static org.minzheng.eligibility.EligibilityParameters.CA_MIN_MONTHS;
import static org.minzheng.eligibility.EligibilityParameters.CA_ORPHAN_INSTITUTIONAL;
import static org.minzheng.eligibility.EligibilityParameters.CA_ORPHAN_SCATTERED;
import static org.minzheng.eligibility.EligibilityParameters.CA_SEVERE_GRADE;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
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
import org.minzheng.eligibility.household.Disability;
import org.minzheng.eligibility.household.DisabilityCategory;
import org.minzheng.eligibility.special.SpecialChecks;

/**
 * {@code child-allowance} — basic living allowance of orphans (孤儿基本生活费) and of de-facto
 * unsupported children (事实无人抚养儿童基本生活补贴).
 *
 * <p><b>Orphan</b> (国务院办公厅关于加强孤儿保障工作的意见, 2010, 一): a child under 18 who has lost
 * both parents or whose biological parents cannot be found. Orphans raised in institutions get a
 * higher standard than those raised in the community (二（一）): Huzhou 2730 and 2184 (OFFICIAL,
 * the 2024 report).
 *
 * <p><b>De-facto unsupported child</b> (民发〔2019〕62号, 一): both parents each meet one of six
 * conditions — severe disability (grade 1–2, or grade 3–4 psychiatric or intellectual), serious
 * illness (as the locality defines it), imprisonment or custody, compulsory drug rehabilitation,
 * another restriction of liberty (each for a term of 6 months or more), lost contact (no contact
 * and no care for 6 months or more, counted from the police registration date, 四（二）) — or one
 * parent is dead or declared missing and the other meets one. "6个月以上" includes 6 months
 * (以上 includes the number itself in Chinese law).
 *
 * <p><b>The de-facto child's allowance</b>: the 2019 text (三（一）) does <em>not</em> set it equal to
 * any orphan standard. It says the standard is set locally "按照与当地孤儿保障标准相衔接的原则"
 * (in line with the local orphan standard) and paid "参照孤儿基本生活费发放办法" (the way the orphan
 * allowance is paid). So it is its own parameter, {@code child-allowance.de-facto.standard},
 * not a value derived from the scattered-orphan standard. Children who already receive dibao, 特困
 * support or the disability living allowance below the standard get the difference (补差发放).
 *
 * <p><b>Decide what can be decided.</b> The age limit, the 6-month term and the disability grades
 * are conditions and block the outcome when missing. The standard of the category does not: the
 * 2010 opinion (二（一）) and the 2019 opinion (三（一）"将事实无人抚养儿童纳入保障范围") grant the allowance to
 * every child of the category, and the standard only measures it. It is read as a detail: when it
 * is not configured (Zhejiang's de-facto standard was NOT FOUND) the finding
 * {@code child-allowance.standard.not-configured} is INFO, the result fields {@code standard} and
 * {@code monthlyAmount} are absent, and the decision is ELIGIBLE naming
 * {@code child-allowance.de-facto.standard} in its missing parameters.
 *
 * <p>Not modelled: whether a parent declared missing counts as "lost" for the orphan definition
 * (the 2010 text says 失去父母; combinations with a declared-missing parent and no de-facto
 * condition go to a person: NEEDS_REVIEW), and a parent who cannot be found with the other
 * meeting a condition (the 2019 text names death or declared missing only: NEEDS_REVIEW).
 * Support after 18 for students in the 2010 and 2019 texts concerns education policy, not this
 * allowance.
 */
public final class ChildAllowanceProgram extends AbstractProgram<ChildAllowanceFacts, ChildAllowanceResult> {

    /** The program id. */
    public static final String ID = "child-allowance";
    /** Under 18 (2010 opinion 一: 未满18周岁的未成年人). */
    public static final Rule AGE = Rule.builder("child-allowance.age", ORPHANS_SECTION_1)
            .quote("孤儿是指失去父母、查找不到生父母的未满18周岁的未成年人，由地方县级以上民政部门依据有关规定和条件认定。")
            .reading(
                    "“未满18周岁”不含18周岁：18周岁生日当日起不再符合",
                    "under 18 excludes 18: from the eighteenth birthday the condition is no longer met")
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
            .reads(CA_AGE_LIMIT)
            .build();
    /** How one parent's situation counts (民发〔2019〕62号 一), recorded for the father and for the mother. */
    public static final Rule PARENT = Rule.builder("child-allowance.parent", DE_FACTO_SECTION_1)
            .quote("以上重残是指一级二级残疾或三级四级精神、智力残疾；重病由各地根据当地大病、地方病等实际情况确定；"
                    + "失联是指失去联系且未履行监护抚养责任6个月以上；服刑在押、强制隔离戒毒或被执行其他限制人身自由的措施是指期限在6个月以上；"
                    + "死亡是指自然死亡或人民法院宣告死亡，失踪是指人民法院宣告失踪。")
            .verdicts(Verdict.INFO, Verdict.UNDETERMINED)
            .reads(CA_SEVERE_GRADE, CA_MENTAL_GRADE, CA_MIN_MONTHS)
            .build();
    /** The category: an orphan (2010 opinion 一) or a de-facto unsupported child (2019 opinion 一). */
    public static final Rule CATEGORY = Rule.builder("child-allowance.category", DE_FACTO_SECTION_1)
            .quote("事实无人抚养儿童是指父母双方均符合重残、重病、服刑在押、强制隔离戒毒、被执行其他限制人身自由的措施、失联情形之一的儿童；"
                    + "或者父母一方死亡或失踪，另一方符合重残、重病、服刑在押、强制隔离戒毒、被执行其他限制人身自由的措施、失联情形之一的儿童。")
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.NEEDS_REVIEW, Verdict.UNDETERMINED)
            .alsoCites(ORPHANS_SECTION_1)
            .build();
    /** The standard of the category (2010 opinion 二（一）; 2019 opinion 三（一）); a detail, see the class notes. */
    public static final Rule STANDARD = Rule.builder("child-allowance.standard", ORPHANS_SECTION_2_1)
            .quote("各省、自治区、直辖市政府按照不低于当地平均生活水平的原则，合理确定孤儿基本生活最低养育标准，机构抚养孤儿养育标准应高于散居孤儿养育标准，" + "并建立孤儿基本生活最低养育标准自然增长机制。")
            .verdicts(Verdict.INFO)
            .reads(CA_ORPHAN_INSTITUTIONAL, CA_ORPHAN_SCATTERED, CA_DE_FACTO_STANDARD)
            .alsoCites(DE_FACTO_SECTION_3_1)
            .build();
    /** The standard of the category is not configured (a detail: the outcome does not wait for it). */
    public static final Rule STANDARD_MISSING = Rule.builder(
                    "child-allowance.standard.not-configured", ORPHANS_SECTION_2_1)
            .quote("各省、自治区、直辖市政府按照不低于当地平均生活水平的原则，合理确定孤儿基本生活最低养育标准，机构抚养孤儿养育标准应高于散居孤儿养育标准，" + "并建立孤儿基本生活最低养育标准自然增长机制。")
            .verdicts(Verdict.INFO)
            .reads(CA_ORPHAN_INSTITUTIONAL, CA_ORPHAN_SCATTERED, CA_DE_FACTO_STANDARD)
            .alsoCites(DE_FACTO_SECTION_3_1)
            .build();
    /** The top-up over the benefits a de-facto unsupported child already receives (2019 opinion 三（一）: 补差发放). */
    public static final Rule TOP_UP = Rule.builder("child-allowance.top-up", DE_FACTO_SECTION_3_1)
            .quote("已获得最低生活保障金、特困人员救助供养金或者困难残疾人生活补贴且未达到事实无人抚养儿童基本生活保障补贴标准的进行补差发放，" + "其他事实无人抚养儿童按照补贴标准全额发放。")
            .verdicts(Verdict.INFO)
            .build();

    private static final Set<ParentStanding> LOST =
            EnumSet.of(ParentStanding.DEAD, ParentStanding.DECLARED_MISSING, ParentStanding.NOT_FOUND);

    /** Creates the program (ServiceLoader needs a public no-argument constructor). */
    public ChildAllowanceProgram() {
        super(
                ID,
                new LocalizedText(
                        "孤儿、事实无人抚养儿童基本生活保障", "Basic living allowance of orphans and de-facto unsupported children"),
                ChildAllowanceFacts.class,
                ChildAllowanceResult.class,
                "org.minzheng.eligibility.messages",
                List.of(AGE, PARENT, CATEGORY, STANDARD, STANDARD_MISSING, TOP_UP));
    }

    @Override
    protected void checkFacts(ChildAllowanceFacts f, PolicySnapshot snapshot, List<Violation> violations) {
        LocalDate date = snapshot.date();
        Checks.notAfterDecisionDate("facts.birthDate", f.birthDate(), date, violations);
        checkParent(f.father(), "facts.father", date, violations);
        checkParent(f.mother(), "facts.mother", date, violations);
    }

    /** The details each condition needs (the term, the police registration date, the disability). */
    private static void checkParent(ParentSituation p, String path, LocalDate date, List<Violation> violations) {
        switch (p.condition()) {
            case IMPRISONED_OR_DETAINED:
            case COMPULSORY_REHABILITATION:
            case OTHER_RESTRICTION:
                if (p.termMonths().isEmpty()) {
                    violations.add(SpecialChecks.violation(path + ".termMonths", "special.term-missing"));
                }
                break;
            case LOST_CONTACT:
                if (p.lostContactSince().isEmpty()) {
                    violations.add(
                            SpecialChecks.violation(path + ".lostContactSince", "special.lost-contact-date-missing"));
                } else {
                    Checks.notAfterDecisionDate(
                            path + ".lostContactSince", p.lostContactSince().get(), date, violations);
                }
                break;
            case SEVERE_DISABILITY:
                if (p.disability().isEmpty()) {
                    violations.add(SpecialChecks.violation(path + ".disability", "special.disability-missing"));
                }
                break;
            default:
                break;
        }
    }

    @Override
    public Decision<ChildAllowanceResult> evaluate(ChildAllowanceFacts f, PolicySnapshot snapshot) {
        RuleContext ctx = start(snapshot);
        LocalDate date = snapshot.date();
        age(ctx, f, date);
        ParentStanding father = parent(ctx, Parent.FATHER, f.father(), date);
        ParentStanding mother = parent(ctx, Parent.MOTHER, f.mother(), date);
        ChildCategory category = category(ctx, father, mother);
        Money standard = null;
        Money existing = null;
        Money amount = null;
        boolean topUp = false;
        if (category != null && ctx.outcome() != Outcome.INELIGIBLE) {
            standard = standard(ctx, category, f.placement());
            if (standard != null) {
                amount = standard;
                if (category == ChildCategory.DE_FACTO_UNSUPPORTED
                        && !f.existingBenefits().isEmpty()) {
                    existing = Money.ZERO;
                    for (ExistingBenefit b : f.existingBenefits()) {
                        existing = existing.plus(b.monthlyAmount());
                    }
                    amount = topUp(standard, existing);
                    topUp = true;
                    ctx.record(
                            TOP_UP, Verdict.INFO, "existingBenefits", existing, "standard", standard, "amount", amount);
                }
            }
        }
        return ctx.decide(
                new ChildAllowanceResult(category, f.placement(), father, mother, standard, existing, amount, topUp));
    }

    /**
     * The top-up (补差发放): the standard less the benefits already received, never negative.
     *
     * @param standard the de-facto child standard
     * @param existing the benefits already received each month
     * @return the monthly top-up
     */
    public static Money topUp(Money standard, Money existing) {
        return standard.minus(existing).atLeastZero();
    }

    private static void age(RuleContext ctx, ChildAllowanceFacts f, LocalDate date) {
        int age = f.ageOn(date);
        Integer limit = ctx.param(CA_AGE_LIMIT);
        if (limit == null) {
            ctx.record(AGE, Verdict.UNDETERMINED, "age", age);
        } else {
            ctx.record(AGE, age < limit ? Verdict.MET : Verdict.NOT_MET, "age", age, "limit", limit);
        }
    }

    /** 民发〔2019〕62号 一: how one parent's situation counts. */
    private static ParentStanding parent(RuleContext ctx, Parent which, ParentSituation p, LocalDate date) {
        ParentStanding s;
        switch (p.condition()) {
            case NONE:
                s = ParentStanding.NO_CONDITION;
                break;
            case DEAD:
                s = ParentStanding.DEAD;
                break;
            case DECLARED_MISSING:
                s = ParentStanding.DECLARED_MISSING;
                break;
            case NOT_FOUND:
                s = ParentStanding.NOT_FOUND;
                break;
            case SERIOUS_ILLNESS:
                s = ParentStanding.CONDITION_MET;
                break;
            case SEVERE_DISABILITY: {
                Integer severe = ctx.param(CA_SEVERE_GRADE);
                Integer mental = ctx.param(CA_MENTAL_GRADE);
                Disability d = p.disability().orElseThrow(); // required, checkFacts
                if (severe == null || mental == null) {
                    s = ParentStanding.UNDETERMINED;
                } else {
                    boolean mentalCategory = d.category() == DisabilityCategory.INTELLECTUAL
                            || d.category() == DisabilityCategory.PSYCHIATRIC;
                    s = d.grade() <= severe || mentalCategory && d.grade() <= mental
                            ? ParentStanding.CONDITION_MET
                            : ParentStanding.CONDITION_NOT_MET;
                }
                return recordParent(ctx, which, p, s, "disability", d.category(), "grade", d.grade());
            }
            case LOST_CONTACT: {
                LocalDate since = p.lostContactSince().orElseThrow(); // required, checkFacts
                Integer min = ctx.param(CA_MIN_MONTHS);
                if (min == null) {
                    s = ParentStanding.UNDETERMINED;
                } else {
                    s = since.plusMonths(min).isAfter(date)
                            ? ParentStanding.CONDITION_NOT_MET
                            : ParentStanding.CONDITION_MET;
                }
                return recordParent(ctx, which, p, s, "since", since);
            }
            default: {
                int term = p.termMonths().orElseThrow(); // required, checkFacts
                Integer min = ctx.param(CA_MIN_MONTHS);
                if (min == null) {
                    s = ParentStanding.UNDETERMINED;
                } else {
                    s = term >= min ? ParentStanding.CONDITION_MET : ParentStanding.CONDITION_NOT_MET;
                }
                return recordParent(ctx, which, p, s, "termMonths", term);
            }
        }
        return recordParent(ctx, which, p, s);
    }

    private static ParentStanding recordParent(
            RuleContext ctx, Parent which, ParentSituation p, ParentStanding s, Object... details) {
        Object[] facts = new Object[6 + details.length];
        facts[0] = "parent";
        facts[1] = which;
        facts[2] = "condition";
        facts[3] = p.condition();
        facts[4] = "standing";
        facts[5] = s;
        System.arraycopy(details, 0, facts, 6, details.length);
        ctx.record(PARENT, s == ParentStanding.UNDETERMINED ? Verdict.UNDETERMINED : Verdict.INFO, facts);
        return s;
    }

    /** The orphan definition (2010, 一) and the de-facto definition (2019, 一). */
    private static ChildCategory category(RuleContext ctx, ParentStanding a, ParentStanding b) {
        boolean orphanA = a == ParentStanding.DEAD || a == ParentStanding.NOT_FOUND;
        boolean orphanB = b == ParentStanding.DEAD || b == ParentStanding.NOT_FOUND;
        if (orphanA && orphanB) {
            ctx.recordCiting(CATEGORY, Verdict.MET, ORPHANS_SECTION_1, "category", ChildCategory.ORPHAN);
            return ChildCategory.ORPHAN;
        }
        if (LOST.contains(a) && LOST.contains(b)) {
            ctx.recordCiting(
                    CATEGORY, Verdict.NEEDS_REVIEW, ORPHANS_SECTION_1, "reason", ParentStanding.DECLARED_MISSING);
            return null;
        }
        if (deFacto(a, b) || deFacto(b, a)) {
            ctx.record(CATEGORY, Verdict.MET, "category", ChildCategory.DE_FACTO_UNSUPPORTED);
            return ChildCategory.DE_FACTO_UNSUPPORTED;
        }
        if (a == ParentStanding.CONDITION_MET && b == ParentStanding.NOT_FOUND
                || b == ParentStanding.CONDITION_MET && a == ParentStanding.NOT_FOUND) {
            ctx.record(CATEGORY, Verdict.NEEDS_REVIEW, "reason", ParentStanding.NOT_FOUND);
            return null;
        }
        if (couldQualify(a)
                && couldQualify(b)
                && (a == ParentStanding.UNDETERMINED || b == ParentStanding.UNDETERMINED)) {
            ctx.record(CATEGORY, Verdict.UNDETERMINED);
            return null;
        }
        ctx.record(CATEGORY, Verdict.NOT_MET);
        return null;
    }

    private static boolean deFacto(ParentStanding one, ParentStanding other) {
        return one == ParentStanding.CONDITION_MET
                && (other == ParentStanding.CONDITION_MET
                        || other == ParentStanding.DEAD
                        || other == ParentStanding.DECLARED_MISSING);
    }

    private static boolean couldQualify(ParentStanding s) {
        return s == ParentStanding.UNDETERMINED || s == ParentStanding.CONDITION_MET || LOST.contains(s);
    }

    /**
     * 2010 opinion 二（一） and 2019 opinion 三（一）: the standard of the category — a detail: the texts
     * grant the allowance to every child in the category, the standard only says how much.
     */
    private static Money standard(RuleContext ctx, ChildCategory category, Placement placement) {
        ParameterKey<Money> key = category == ChildCategory.ORPHAN
                ? placement == Placement.INSTITUTION ? CA_ORPHAN_INSTITUTIONAL : CA_ORPHAN_SCATTERED
                : CA_DE_FACTO_STANDARD;
        Citation basis = category == ChildCategory.ORPHAN ? ORPHANS_SECTION_2_1 : DE_FACTO_SECTION_3_1;
        Money standard = ctx.detail(key, "monthlyAmount");
        if (standard == null) {
            ctx.detail(key, "standard");
            ctx.recordCiting(
                    STANDARD_MISSING,
                    Verdict.INFO,
                    basis,
                    "category",
                    category,
                    "placement",
                    placement,
                    "key",
                    key.name());
        } else {
            ctx.recordCiting(
                    STANDARD, Verdict.INFO, basis, "category", category, "placement", placement, "standard", standard);
        }
        return standard;
    }
}
