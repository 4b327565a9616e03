package org.minzheng.eligibility.disability;

/**
 * The assessments a locality may name ({@code disability.care-allowance.tier-assessment}) to set
 * the tier of the 重度残疾人护理补贴. 浙民福〔2021〕191号 tiers the allowance by self-care ability and
 * leaves the tiers to the city or county; which instrument assesses that ability is the locality's
 * choice, not the 特困 scale (特困人员认定办法 Arts. 21–22 govern 特困 only).
 */
public enum CareTierAssessment {
    /**
     * The locality assesses the six self-care items (eating, dressing, getting in and out of bed,
     * toileting, walking indoors, bathing) and tiers by the category they give; the facts carry
     * {@code selfCare}.
     */
    SIX_ITEM_SELF_CARE,
    /** The locality's own instrument; the facts carry the tier it found ({@code assessedTier}). */
    ASSESSED_TIER
}
