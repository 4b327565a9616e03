package org.minzheng.funeral;

import java.time.LocalDate;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.citation.Instruments;

/**
 * The instruments and passages the funeral rules cite. Instrument ids resolve against this
 * module's pack files ({@code org/minzheng/funeral/policy/*.yaml}), where each instrument is
 * described with its title, issuer, rank and, only where a source states it, its document
 * number.
 *
 * Instruments core's pack defines (the Civil Code, 特困人员认定办法, the Huzhou 2024 report, the
 * 2020 and 2023 social-assistance opinions) are cited by their {@link Instruments} ids.
 *
 * <p>Where the source is a notice without numbered articles, the citation names the passage
 * in words rather than inventing an article number.
 */
public final class FuneralCitations {

    /** 《关于简化查询已故存款人存款相关事项的通知》 (银保监办发〔2019〕107号), CBIRC and Ministry of Justice. */
    public static final String DEPOSIT_QUERY_2019 = "cbirc-moj-deposit-query-2019";
    /** 《关于简化提取已故存款人小额存款相关事宜的通知》 (银保监办发〔2021〕18号), CBIRC and PBOC. */
    public static final String SMALL_DEPOSIT_2021 = "cbirc-pboc-small-deposit-2021";
    /** 《关于优化已故存款人小额存款提取有关要求的通知》 (NFRA and PBOC, in force 2024-06-01). */
    public static final String SMALL_DEPOSIT_2024 = "nfra-pboc-small-deposit-2024";
    /** 《中华人民共和国户口登记条例》. */
    public static final String HUKOU_REGULATION = "npc-hukou-registration-1958";
    /** 《中华人民共和国社会保险法》. */
    public static final String SOCIAL_INSURANCE_LAW = "npc-social-insurance-law";
    /** 《住房公积金管理条例》. */
    public static final String PROVIDENT_FUND_REGULATION = "sc-housing-provident-fund-regulation";
    /** 《关于进一步做好最低生活保障等社会救助兜底工作的通知》 (民政部等, 2022). */
    public static final String SAFETY_NET_2022 = "mca-safety-net-notice-2022";
    /** 《关于推行节地生态安葬的指导意见》 (民发〔2016〕21号). */
    public static final String ECO_BURIAL_2016 = "mca-eco-burial-2016";
    /** 国发〔2024〕3号, the State Council's 高效办成一件事 guiding opinion. */
    public static final String EFFICIENT_SERVICE_2024 = "sc-efficient-service-2024";
    /** The 2025 first-batch list of 高效办成一件事 key items (国办函〔2025〕3号). */
    public static final String ONE_THING_LIST_2025 = "gov-one-thing-list-2025-1";
    /** DB3305/T 113—2019 《逝者身后事“最多跑一次”工作规范》, Huzhou local standard. */
    public static final String HUZHOU_AFTER_DEATH_STANDARD = "huzhou-db3305-t-113-2019";
    /** Huzhou Daily, 2023-04-05: the bureau's eco-burial facts. */
    public static final String HUZHOU_ECO_BURIAL_2023 = "huzhou-daily-eco-burial-2023";
    /** China Women's News, 2023-08-07: Hangzhou's six free basic funeral items. */
    public static final String HANGZHOU_FREE_FUNERAL_2023 = "cnwomen-hangzhou-free-funeral-2023";
    /** Zhejiang Daily, 2014-01-08: free basic funeral services in 88 counties (historical). */
    public static final String ZHEJIANG_FREE_FUNERAL_2014 = "zjrb-zhejiang-free-funeral-2014";

    /** 2019 notice: spouse, parents and children query with death certificate, relationship proof and own ID. */
    public static final Citation QUERY_CLOSE_RELATIVES =
            Citation.of(DEPOSIT_QUERY_2019, "已故存款人的配偶、父母、子女凭已故存款人死亡证明、可表明亲属关系的文件以及本人有效身份证件");
    /** 2019 notice: heirs or legatees under a notarised will query with death certificate, the will and own ID. */
    public static final Citation QUERY_WILL =
            Citation.of(DEPOSIT_QUERY_2019, "公证遗嘱指定的继承人或受遗赠人凭已故存款人死亡证明、公证遗嘱及本人有效身份证件");
    /** 2019 notice: other heirs query with a notary office's deposit-query letter and own ID. */
    public static final Citation QUERY_OTHER_HEIRS = Citation.of(DEPOSIT_QUERY_2019, "其他继承人凭公证机构出具的《存款查询函》及本人有效身份证件");
    /** 2019 notice: what a query returns (deposits and the bank's own non-deposit products). */
    public static final Citation QUERY_SCOPE = Citation.of(DEPOSIT_QUERY_2019, "查询范围包括存款余额、银行业金融机构自身发行或管理的非存款类金融资产的余额");
    /** 2019 notice: third-party products the bank only distributes are referred to their issuer. */
    public static final Citation QUERY_THIRD_PARTY =
            Citation.of(DEPOSIT_QUERY_2019, "对代销且无法确定金额的第三方产品，银行业金融机构应告知申请人到相关机构查询");

    /** 2021 notice (kept by the 2024 notice): who may withdraw without notarisation. */
    public static final Citation WITHDRAWAL_2021_WHO =
            Citation.of(SMALL_DEPOSIT_2021, "第一顺序继承人、公证遗嘱指定的继承人或受遗赠人无需办理继承公证，可直接向银行申请提取");
    /** 2021 notice: the limit per legal-person bank, the limit included. */
    public static final Citation WITHDRAWAL_2021 =
            Citation.of(SMALL_DEPOSIT_2021, "已故存款人在同一法人银行的账户余额合计不超过1万元（含）的，第一顺序继承人、公证遗嘱指定的继承人或受遗赠人无需办理继承公证");
    /** 2021 notice: banks may set their own limit between 10,000 and 50,000. */
    public static final Citation WITHDRAWAL_2021_BANK_LIMIT =
            Citation.of(SMALL_DEPOSIT_2021, "鼓励银行在1万元至5万元之间具体确定免公证提取限额");
    /** 2024 notice: the uniform limit of 50,000 per legal-person bank. */
    public static final Citation WITHDRAWAL_2024_LIMIT = Citation.of(SMALL_DEPOSIT_2024, "简化提取的账户限额由最低1万元统一提高至5万元");
    /** 2024 notice: rural small and medium banks may reach the limit by the end of 2025. */
    public static final Citation WITHDRAWAL_2024_RURAL = Citation.of(SMALL_DEPOSIT_2024, "允许农村中小银行延后至2025年底达到该要求");
    /** 2024 notice: gold accumulation, government bonds and distributed wealth products added to the scope. */
    public static final Citation WITHDRAWAL_2024_SCOPE = Citation.of(SMALL_DEPOSIT_2024, "将黄金积存产品以及国债、理财产品纳入简化提取范围");
    /** 2024 notice: transaction history for first-order heirs. */
    public static final Citation WITHDRAWAL_2024_HISTORY =
            Citation.of(SMALL_DEPOSIT_2024, "银行可以应第一顺序继承人要求，提供已故存款人死亡后以及死亡前6个月内的账户交易明细");
    /** 2024 notice: funeral grants and survivor pensions outside the limit. */
    public static final Citation WITHDRAWAL_2024_SURVIVOR =
            Citation.of(SMALL_DEPOSIT_2024, "丧葬费、抚恤金不计入5万元限额，可为第一顺序继承人全额简化提取");
    /** 民法典 Art. 1127: the order of statutory succession. */
    public static final Citation CIVIL_CODE_ART_1127 = Citation.of(Instruments.CIVIL_CODE, "第一千一百二十七条");

    /** 民法典 Art. 202: a period in months ends on the corresponding day of the last month, or its last day. */
    public static final Citation CIVIL_CODE_ART_202 = Citation.of(Instruments.CIVIL_CODE, "第二百零二条");

    /** 户口登记条例 Art. 8: death registration and cancellation of the hukou. */
    public static final Citation HUKOU_ART_8 = Citation.of(HUKOU_REGULATION, "第八条");
    /** 2022 safety-net notice: a dibao household member's death is followed by a review within 3 months. */
    public static final Citation SAFETY_NET_DIBAO_DEATH =
            Citation.of(SAFETY_NET_2022, "一、（三） 低保家庭成员死亡后，应当自其死亡之日起3个月内对其家庭状况进行核查");
    /** 特困人员认定办法 Art. 24(1): support ends on death. */
    public static final Citation EXTREME_POVERTY_ART_24 =
            Citation.of(Instruments.EXTREME_POVERTY_MEASURES, "第二十四条第（一）项");
    /**
     * 特困人员认定办法 Art. 26 para. 2: the county bureau decides the termination and support ends
     * from the next month (从下月起终止救助供养) — the month after the decision; the after-death
     * program reads it as the month after the month of death (see its Javadoc and the pack note).
     */
    public static final Citation EXTREME_POVERTY_ART_26 =
            Citation.of(Instruments.EXTREME_POVERTY_MEASURES, "第二十六条第二款 县级人民政府民政部门应当作出终止决定并从下月起终止救助供养");
    /** 社会保险法 Art. 14: the personal pension account may be inherited. */
    public static final Citation SOCIAL_INSURANCE_ART_14 = Citation.of(SOCIAL_INSURANCE_LAW, "第十四条");
    /** 社会保险法 Art. 17: funeral grant and survivor pension from the basic pension fund. */
    public static final Citation SOCIAL_INSURANCE_ART_17 = Citation.of(SOCIAL_INSURANCE_LAW, "第十七条");
    /** 住房公积金管理条例 Art. 24 para. 3: heirs and legatees may withdraw the balance. */
    public static final Citation PROVIDENT_FUND_ART_24 = Citation.of(PROVIDENT_FUND_REGULATION, "第二十四条第三款");
    /** 国发〔2024〕3号: the one-thing reform, including the after-death items. */
    public static final Citation EFFICIENT_SERVICE = Citation.of(EFFICIENT_SERVICE_2024, null);
    /** 国办函〔2025〕3号: the 2025 first-batch list with the personal after-death item. */
    public static final Citation ONE_THING_AFTER_DEATH = Citation.of(ONE_THING_LIST_2025, "个人身后“一件事”");
    /**
     * The first day the 2025 list can be in force: its document number, 国办函〔2025〕3号, dates it in
     * 2025; the day it was issued is NOT FOUND (not recorded in the pack), so a decision in 2025
     * before that day still cites the list.
     */
    public static final LocalDate ONE_THING_LIST_2025_EARLIEST = LocalDate.of(2025, 1, 1);

    /**
     * The instrument in force on a date that makes the after-death item a "one matter": before the
     * 2025 list, 国发〔2024〕3号; from the list's year on, the list. A 2024 decision never cites a 2025
     * list.
     *
     * @param date the decision date, not null
     * @return {@link #EFFICIENT_SERVICE} or {@link #ONE_THING_AFTER_DEATH}
     */
    public static Citation oneThingOn(LocalDate date) {
        return date.isBefore(ONE_THING_LIST_2025_EARLIEST) ? EFFICIENT_SERVICE : ONE_THING_AFTER_DEATH;
    }

    /** DB3305/T 113—2019: Huzhou's after-death one-stop workflow and department duties. */
    public static final Citation HUZHOU_AFTER_DEATH = Citation.of(HUZHOU_AFTER_DEATH_STANDARD, "部门职责；工作流程");

    /** 民发〔2016〕21号: the kinds of land-saving ecological burial. */
    public static final Citation ECO_BURIAL_FORMS =
            Citation.of(ECO_BURIAL_2016, "节地生态安葬方式：立体安葬、节地型墓位、不保留骨灰的树葬花葬草坪葬撒散海葬、深埋不留坟头");
    /** 民发〔2016〕21号: award and subsidy policies for eco-burial. */
    public static final Citation ECO_BURIAL_AWARD = Citation.of(ECO_BURIAL_2016, "奖补激励政策");
    /** Huzhou 2023: local forms and awards paid (amount not stated). */
    public static final Citation HUZHOU_ECO_BURIAL =
            Citation.of(HUZHOU_ECO_BURIAL_2023, "竹林葬、树葬、草坪葬、壁葬；2019年以来发放生态安葬奖补5720人");

    /**
     * 2020 opinion 二（三）13: basic funeral services for people in hardship who die, with the
     * related fees reduced or waived — the national basis of free basic funeral services; which
     * items and for whom is left to the locality.
     */
    public static final Citation REFORM_2020_FUNERAL =
            Citation.of(Instruments.SOCIAL_ASSISTANCE_REFORM, "二（三）13 做好身故困难群众基本殡葬服务，为其减免相关费用");
    /**
     * 2023 opinion 四（五）: dibao recipients, extreme-poverty persons and members of edge and
     * rigid-expenditure families may receive funeral fee reductions under local policy.
     */
    public static final Citation LOW_INCOME_2023_FUNERAL = Citation.of(
            Instruments.LOW_INCOME_MONITORING,
            "四（五） 对符合条件的最低生活保障对象、特困人员、最低生活保障边缘家庭成员、刚性支出困难家庭成员，可根据当地救助政策给予……殡葬费用减免等救助帮扶");

    /** Hangzhou 2023: six free basic funeral items for Zhejiang hukou holders. */
    public static final Citation HANGZHOU_FREE_ITEMS =
            Citation.of(HANGZHOU_FREE_FUNERAL_2023, "杭州市区自2023年8月1日起对浙江户籍逝者免费提供6项基本殡葬服务（报道）");
    /** Hangzhou 2023: unused free items are not paid out in cash. */
    public static final Citation HANGZHOU_NO_CASH = Citation.of(HANGZHOU_FREE_FUNERAL_2023, "未使用项目不兑付现金（报道）");

    private FuneralCitations() {}
}
