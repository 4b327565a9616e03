package org.minzheng.charity.trust;

/**
 * The materials a trustee submits to file a charitable trust, as 《慈善信托管理办法》 Art. 18 lists
 * them (REFERENCE.md §7, confidence high; four copies of each, which is not modelled).
 */
public enum FilingDocument {

    /** (1) 备案申请书: the filing application. */
    APPLICATION(1),

    /** (2) 委托人身份证明（复印件）和关于信托财产合法性的声明: settlor's identity papers and a declaration that the property is lawful. */
    SETTLOR_IDENTITY_AND_LAWFUL_PROPERTY_DECLARATION(2),

    /** (3) 信托公司的金融许可证或慈善组织的登记证书/认定证明（复印件）: the trustee's licence or registration certificate. */
    TRUSTEE_QUALIFICATION(3),

    /** (4) 信托文件: the trust document. */
    TRUST_DOCUMENT(4),

    /** (5) 慈善信托专用资金账户证明、商业银行资金保管协议: dedicated account and custody agreement; not required for non-cash trusts. */
    CUSTODY_ACCOUNT_AND_AGREEMENT(5),

    /** (6) 信托财产交付的证明材料: proof that the property was handed over. */
    PROPERTY_TRANSFER_PROOF(6),

    /** (7) 其他材料: other materials; open-ended, so never required by the check. */
    OTHER_MATERIALS(7);

    private final int item;

    FilingDocument(int item) {
        this.item = item;
    }

    /** @return the item number in Art. 18, 1 to 7 */
    public int item() {
        return item;
    }

    /**
     * @param cash true if the trust holds any cash
     * @return true if this document is required for such a trust
     */
    public boolean requiredFor(boolean cash) {
        return switch (this) {
            case CUSTODY_ACCOUNT_AND_AGREEMENT -> cash;
            case OTHER_MATERIALS -> false;
            default -> true;
        };
    }
}
