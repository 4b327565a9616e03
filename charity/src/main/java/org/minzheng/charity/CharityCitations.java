package org.minzheng.charity;

import java.time.LocalDate;
import java.util.Objects;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Rule;

/**
 * The instruments and articles the charity rules cite. Instrument ids resolve against the
 * charity pack ({@code org/minzheng/charity/policy/charity.yaml}).
 *
 * <p><b>Which text of the Charity Law (慈善法).</b> The law was adopted in 2016 (in force
 * 2016-09-01) and amended by the NPC Standing Committee on 2023-12-29 (in force 2024-09-05).
 * The project holds the amended text ({@code texts/中华人民共和国慈善法.md}); every article number
 * cited here was read from it. A rule applied to a date before 2024-09-05 cites the 2016 law
 * instead. The amendment inserted one article into Chapter 5 (the new Art. 46: no related
 * parties as beneficiaries), so the 2016 numbers of Chapter 5 from that point on are one lower
 * (2016 Art. 46 = 2023 Art. 47 … 2016 Art. 50 = 2023 Art. 51), and Arts. 3, 44 and 45 keep
 * their numbers. The 2016 text is not among the project's texts: those 2016 numbers follow from
 * the amendment's structure and are marked for confirmation in the pack file notes. Articles
 * outside Chapter 5 whose 2016 number is not established are cited from the amended text only
 * ({@link LawArticle#amendedOnly(String)}).
 *
 * <p>The 《慈善信托管理办法》 (银监发〔2017〕37号) is not among the project's texts either; its
 * articles are cited as REFERENCE.md §7 gives them from the CBRC text (confidence high), and a
 * passage whose article number the sources do not give is cited by its content.
 *
 * <p>None of these instruments is one core's pack defines ({@link org.minzheng.core.citation.Instruments}):
 * they are the charity pack's own, so their ids live here once. A rule enforcing an article of the
 * Charity Law is declared with {@link LawArticle#rule(String)}: it cites the amended text and may
 * cite the 2016 text instead, and each finding cites the text in force on the day of the event.
 */
public final class CharityCitations {

    /** 中华人民共和国慈善法 as adopted in 2016 (in force 2016-09-01). */
    public static final String CHARITY_LAW_2016 = "charity-law-2016";
    /** 中华人民共和国慈善法 as amended on 2023-12-29 (in force 2024-09-05). */
    public static final String CHARITY_LAW_2023 = "charity-law-2023";
    /** The date the 2023 amendment came into force. */
    public static final LocalDate AMENDMENT_IN_FORCE = LocalDate.of(2024, 9, 5);
    /** 慈善信托管理办法 (银监发〔2017〕37号). */
    public static final String TRUST_MEASURES = "cbrc-mca-charitable-trust-2017";
    /** 慈善组织认定办法 (民政部令第58号). */
    public static final String RECOGNITION_MEASURES = "mca-charity-org-recognition-2016";
    /** 中华人民共和国信托法, cited through a secondary source (public-interest trusts). */
    public static final String TRUST_LAW = "trust-law";

    /** Art. 3: the charitable activities (purposes). */
    public static final LawArticle LAW_ART_3 = LawArticle.same("第三条");
    /** Art. 10: a charitable organisation is registered, or recognised, by a civil-affairs department at county level or above. */
    public static final LawArticle LAW_ART_10 = LawArticle.same("第十条");
    /** Art. 44: a charitable trust is a public-interest trust founded for charitable purposes. */
    public static final LawArticle LAW_ART_44 = LawArticle.same("第四十四条");
    /** Art. 45 para 1: written form; filing within seven days of signing. */
    public static final LawArticle LAW_ART_45_1 = LawArticle.same("第四十五条第一款");
    /** Art. 45 para 2: no tax preferences without the filing of para 1. */
    public static final LawArticle LAW_ART_45_2 = LawArticle.same("第四十五条第二款");
    /** Art. 47 (2016: Art. 46): the trustee is a charitable organisation or a trust company. */
    public static final LawArticle LAW_ART_47 = LawArticle.of("第四十七条", "第四十六条");
    /** Art. 48 (2016: Art. 47): replacing a trustee; re-filing within seven days of the change. */
    public static final LawArticle LAW_ART_48 = LawArticle.of("第四十八条", "第四十七条");
    /** Art. 49 para 1 (2016: Art. 48 para 1): trust property managed according to the trust purpose. */
    public static final LawArticle LAW_ART_49_1 = LawArticle.of("第四十九条第一款", "第四十八条第一款");
    /** Art. 49 para 2 (2016: Art. 48 para 2): report at least once a year, and publish. */
    public static final LawArticle LAW_ART_49_2 = LawArticle.of("第四十九条第二款", "第四十八条第二款");
    /** Art. 50 (2016: Art. 49): the settlor may appoint a supervisor. */
    public static final LawArticle LAW_ART_50 = LawArticle.of("第五十条", "第四十九条");
    /** Art. 51 (2016: Art. 50): termination and clearing follow the Trust Law where this law is silent. */
    public static final LawArticle LAW_ART_51 = LawArticle.of("第五十一条", "第五十条");
    /** Art. 53 (2016: Art. 52): a charitable organisation's property is used for charitable purposes. */
    public static final LawArticle LAW_ART_53 = LawArticle.of("第五十三条", "第五十二条");
    /** Art. 75 para 4: trustees publish on the unified charity information platform. */
    public static final LawArticle LAW_ART_75_4 = LawArticle.amendedOnly("第七十五条第四款");
    /** Art. 76 item 2: departments publish what is filed about charitable trusts. */
    public static final LawArticle LAW_ART_76_2 = LawArticle.amendedOnly("第七十六条第（二）项");
    /** Art. 83 para 2: departments provide information on charitable needs to trustees and organisations. */
    public static final LawArticle LAW_ART_83_2 = LawArticle.amendedOnly("第八十三条第二款");
    /** Art. 88: settlors of charitable trusts enjoy tax preferences according to law. */
    public static final LawArticle LAW_ART_88 = LawArticle.amendedOnly("第八十八条");

    /** 管理办法 Art. 7: the charitable purposes (as REFERENCE.md §7 gives them; the law's Art. 3 wins). */
    public static final Citation MEASURES_ART_7 = Citation.of(TRUST_MEASURES, "第七条");
    /** 管理办法 Art. 16: which department files a trust company's or a charity's trust. */
    public static final Citation MEASURES_ART_16 = Citation.of(TRUST_MEASURES, "第十六条");
    /** 管理办法 Art. 17: several trustees: the lead trustee files. */
    public static final Citation MEASURES_ART_17 = Citation.of(TRUST_MEASURES, "第十七条");
    /** 管理办法 Art. 18: the documents for filing. */
    public static final Citation MEASURES_ART_18 = Citation.of(TRUST_MEASURES, "第十八条");
    /** 管理办法 Art. 18 item 5: dedicated account and custody agreement, cash trusts only. */
    public static final Citation MEASURES_ART_18_5 = Citation.of(TRUST_MEASURES, "第十八条第（五）项");
    /** 管理办法 Art. 19: re-filing within seven days of a change listed in Art. 38. */
    public static final Citation MEASURES_ART_19 = Citation.of(TRUST_MEASURES, "第十九条");
    /** 管理办法: further grounds for replacing a trustee (article number not given by the sources). */
    public static final Citation MEASURES_REPLACEMENT =
            Citation.of(TRUST_MEASURES, "变更受托人的情形：解散、被撤销登记、丧失法人资格、被吊销登记、破产等（条号未见于所用来源）");
    /** 管理办法: a trustee may not resign unless the trust document allows it (article number not given by the sources). */
    public static final Citation MEASURES_RESIGNATION = Citation.of(TRUST_MEASURES, "受托人不得自行辞任，信托文件另有约定的除外（条号未见于所用来源）");
    /** 慈善组织认定办法 Art. 3: the registering department recognises the charitable organisation. */
    public static final Citation RECOGNITION_ART_3 = Citation.of(RECOGNITION_MEASURES, "第三条");
    /** 慈善组织认定办法 Art. 10: the certificate marks the charitable-organisation status. */
    public static final Citation RECOGNITION_ART_10 = Citation.of(RECOGNITION_MEASURES, "第十条第一款");
    /** Trust Law, public-interest trusts: termination reported within 15 days (secondary source, medium). */
    public static final Citation TRUST_LAW_TERMINATION =
            Citation.of(TRUST_LAW, "公益信托终止：受托人于终止事由发生之日起十五日内报告终止事由和终止日期（条号未见于所用来源）");
    /** Trust Law, public-interest trusts: clearing report approved by the supervisor, reported and published. */
    public static final Citation TRUST_LAW_CLEARING = Citation.of(TRUST_LAW, "公益信托清算报告：经信托监察人认可后报告并公告（条号未见于所用来源）");

    private CharityCitations() {}

    /**
     * An article of the Charity Law, numbered in the amended text and, where established, in the
     * 2016 text.
     *
     * @param amended  the article in the text as amended in 2023, not null
     * @param original the article in the 2016 text, null where it is not established
     */
    public record LawArticle(String amended, String original) {

        /** Validates the components. */
        public LawArticle {
            Objects.requireNonNull(amended, "amended");
        }

        /**
         * @param amended  the article in the amended text
         * @param original the article in the 2016 text
         * @return the article
         */
        public static LawArticle of(String amended, String original) {
            return new LawArticle(amended, Objects.requireNonNull(original, "original"));
        }

        /**
         * @param article an article whose number is the same in both texts
         * @return the article
         */
        public static LawArticle same(String article) {
            return new LawArticle(article, article);
        }

        /**
         * @param amended an article cited from the amended text only
         * @return the article
         */
        public static LawArticle amendedOnly(String amended) {
            return new LawArticle(amended, null);
        }

        /**
         * Cites the text in force on a date: the 2016 text before 2024-09-05 where its number is
         * established, the amended text otherwise.
         *
         * @param date the date the law is applied, not null
         * @return the citation, not null
         */
        public Citation on(LocalDate date) {
            if (original != null && date.isBefore(AMENDMENT_IN_FORCE)) {
                return Citation.of(CHARITY_LAW_2016, original);
            }
            return Citation.of(CHARITY_LAW_2023, amended);
        }

        /**
         * @return the article in both texts: the amended text first, then the 2016 text where its
         *         number is established (every citation {@link #on(LocalDate)} can give)
         */
        public Citation[] texts() {
            Citation now = Citation.of(CHARITY_LAW_2023, amended);
            return original == null
                    ? new Citation[] {now}
                    : new Citation[] {now, Citation.of(CHARITY_LAW_2016, original)};
        }

        /**
         * Starts declaring a rule that enforces this article: it cites the amended text and may
         * cite the 2016 text instead (a rule applying the law in force before 2024-09-05 records
         * {@link #on(LocalDate)} of its date).
         *
         * @param id the rule id
         * @return the rule's builder
         */
        public Rule.Builder rule(String id) {
            Citation[] texts = texts();
            return Rule.builder(id, texts[0]).alsoCites(java.util.Arrays.copyOfRange(texts, 1, texts.length));
        }
    }
}
