package org.minzheng.funeral.estate;

import java.util.Locale;

/**
 * A kind of asset an estate query (涉财查询) may cover.
 *
 * <p><strong>What the law covers and what it does not.</strong> The 2019 query notice
 * (银保监办发〔2019〕107号) covers only {@link #DEPOSITS} and {@link #BANK_PRODUCTS}: "the
 * balance of deposits and of non-deposit financial assets the bank itself issues or manages"
 * (查询范围包括存款余额、银行业金融机构自身发行或管理的非存款类金融资产的余额). The other kinds
 * ({@link #SECURITIES}, {@link #INSURANCE}, {@link #PROVIDENT_FUND}, {@link #REAL_ESTATE}) belong
 * to Huzhou's joint after-death service (身后一件事 授权涉财查询), whose scope no source found
 * states (REFERENCE.md §9: NOT FOUND). Each kind therefore has a policy parameter
 * {@code estate-query.scope.<kind>}: the national pack sets it for deposits and bank products
 * from the 2019 notice, and leaves the others absent, so that a query asking for them is
 * UNDETERMINED until an integrator configures the local scope.
 */
public enum AssetKind {
    /** 存款: bank deposits. Covered by the 2019 notice. */
    DEPOSITS(true),
    /**
     * 银行自身发行或管理的非存款类金融资产: non-deposit financial products the bank itself issues
     * or manages. Covered by the 2019 notice; third-party products the bank only distributes and
     * cannot value are referred to their issuer.
     */
    BANK_PRODUCTS(true),
    /** 证券: securities accounts. Not covered by the 2019 notice; a local extension. */
    SECURITIES(false),
    /** 保险: insurance policies. Not covered by the 2019 notice; a local extension. */
    INSURANCE(false),
    /** 住房公积金: the housing provident fund account. Not covered by the 2019 notice; a local extension. */
    PROVIDENT_FUND(false),
    /** 不动产: real estate registration. Not covered by the 2019 notice; a local extension. */
    REAL_ESTATE(false);

    private final boolean coveredBy2019Notice;

    AssetKind(boolean coveredBy2019Notice) {
        this.coveredBy2019Notice = coveredBy2019Notice;
    }

    /**
     * @return true for the kinds the 2019 query notice covers (deposits and the bank's own
     *         products); false for the kinds only a local joint service can add
     */
    public boolean coveredBy2019Notice() {
        return coveredBy2019Notice;
    }

    /** @return the lower-case hyphenated form used in parameter keys, such as {@code bank-products} */
    public String keyName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
