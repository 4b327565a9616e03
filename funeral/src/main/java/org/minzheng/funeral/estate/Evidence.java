package org.minzheng.funeral.estate;

/**
 * A document an estate-query applicant holds (申请材料), as the 2019 query notice
 * (银保监办发〔2019〕107号) names them.
 */
public enum Evidence {
    /**
     * 已故存款人死亡证明: proof of death, such as the medical death certificate (死亡医学证明) or,
     * where that is unavailable, the cremation certificate (火化证明).
     */
    DEATH_CERTIFICATE,
    /** 可表明亲属关系的文件: a document showing the relationship (hukou book, marriage or birth certificate…). */
    RELATIONSHIP_PROOF,
    /** 公证遗嘱: the notarised will. */
    NOTARISED_WILL,
    /** 公证机构出具的《存款查询函》: a notary office's deposit-query letter (free of charge). */
    NOTARY_QUERY_LETTER,
    /** 本人有效身份证件: the applicant's own valid identity document. */
    OWN_ID
}
