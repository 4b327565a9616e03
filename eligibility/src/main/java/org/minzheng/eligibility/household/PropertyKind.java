package org.minzheng.eligibility.household;

/**
 * Kinds of property that 最低生活保障审核确认办法 Art. 14 lists (动产: 银行存款、证券、基金、商业保险、
 * 债权、互联网金融资产以及车辆; 不动产: 房屋、林木等定着物), other than vehicles and homes, which
 * {@link Assets} holds separately. The financial kinds are added to the household's financial
 * assets and tested against the financial limit; the others each have a limit of their own.
 */
public enum PropertyKind {
    /** 现金, cash. */
    CASH(true),
    /** 银行存款, bank deposits. */
    DEPOSIT(true),
    /** 证券、基金 (有价证券), securities and funds. */
    SECURITIES(true),
    /** 商业保险, commercial insurance (its cash value). */
    COMMERCIAL_INSURANCE(true),
    /** 债权, claims on others. */
    CLAIM(true),
    /** 互联网金融资产, online financial assets. */
    ONLINE_FINANCIAL(true),
    /** 林木, trees (a fixture on land). */
    FOREST(false),
    /** 其他定着物, other fixtures on land (buildings other than homes, structures). */
    OTHER_FIXTURE(false);

    private final boolean financial;

    PropertyKind(boolean financial) {
        this.financial = financial;
    }

    /** @return true if the kind is counted with the financial assets against the financial limit */
    public boolean financial() {
        return financial;
    }
}
