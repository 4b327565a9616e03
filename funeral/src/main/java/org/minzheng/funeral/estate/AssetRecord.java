package org.minzheng.funeral.estate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Objects;
import org.minzheng.core.money.Money;

/**
 * One answer an institution returns to an estate query: a balance of one kind held at that
 * institution in the deceased's name, as of a date; or, for a product the bank distributes
 * for a third party and cannot value, a referral to the issuer (2019 notice: 对代销且无法确定金额
 * 的第三方产品，银行业金融机构应告知申请人到相关机构查询).
 *
 * @param institution the answering institution, as named in the application, not blank
 * @param kind        the kind of asset, not null
 * @param balance     the balance, null for a referral
 * @param asOf        the date of the balance, not null
 * @param referral    true if the institution refers the applicant to the product's issuer
 */
@JsonPropertyOrder({"institution", "kind", "balance", "asOf", "referral"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssetRecord(String institution, AssetKind kind, Money balance, LocalDate asOf, boolean referral) {

    /** Validates the components. */
    public AssetRecord {
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(asOf, "asOf");
        if (institution.isBlank()) {
            throw new IllegalArgumentException("institution is blank");
        }
        if (referral == (balance != null)) {
            throw new IllegalArgumentException("a record holds either a balance or a referral");
        }
        if (balance != null && balance.isNegative()) {
            throw new IllegalArgumentException("a balance is not negative");
        }
    }

    /**
     * @param institution the institution, not blank
     * @param kind        the kind
     * @param balance     the balance, not negative
     * @param asOf        the date of the balance
     * @return a record with a balance
     */
    public static AssetRecord balance(String institution, AssetKind kind, Money balance, LocalDate asOf) {
        return new AssetRecord(institution, kind, Objects.requireNonNull(balance, "balance"), asOf, false);
    }

    /**
     * @param institution the institution, not blank
     * @param kind        the kind
     * @param asOf        the date of the answer
     * @return a referral to the product's issuer
     */
    public static AssetRecord referral(String institution, AssetKind kind, LocalDate asOf) {
        return new AssetRecord(institution, kind, null, asOf, true);
    }
}
