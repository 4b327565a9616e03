package org.minzheng.charity.trust;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.minzheng.core.money.Money;
import org.minzheng.core.style.MinzhengStyle;

/**
 * A charitable trust (慈善信托) as recorded from its trust document and filing: a public-interest
 * trust by which settlors entrust property to trustees who manage it in their own name for
 * charitable purposes (慈善法 Art. 44), set up in writing and filed within seven days of signing
 * (Art. 45).
 *
 * <ul>
 *   <li>settlors (委托人), persons or organisations; names are masked in {@code toString()} and
 *       never enter a decision;</li>
 *   <li>one or more trustees (受托人, Art. 47), each with its credit code; with several trustees,
 *       {@link #leadTrustee()} names the one that files (《慈善信托管理办法》 Art. 17);</li>
 *   <li>an optional supervisor (信托监察人, Art. 50);</li>
 *   <li>the charitable purposes of Art. 3;</li>
 *   <li>the property, cash or non-cash; bank custody for cash;</li>
 *   <li>the term, the signing date, and once filed: the filing department, date and number.</li>
 * </ul>
 *
 * <p>Fields are checked by Jakarta constraints and {@link TrustChecks} before any decision or
 * registry entry; bad input is rejected with every violation.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableCharitableTrust.class)
@JsonDeserialize(as = ImmutableCharitableTrust.class)
public interface CharitableTrust {

    /** @return the settlors (委托人), at least one */
    @NotEmpty
    List<@Valid @NotNull Party> settlors();

    /** @return the trustees (受托人), at least one */
    @NotEmpty
    List<@Valid @NotNull Trustee> trustees();

    /**
     * @return the credit code of the lead trustee (牵头受托人); required when there are several
     *         trustees, optional with one (that one leads)
     */
    Optional<String> leadTrustee();

    /** @return the trust supervisor (信托监察人), if the settlor appointed one */
    Optional<@Valid Party> supervisor();

    /** @return the charitable purposes (Art. 3), at least one */
    @NotEmpty
    Set<@NotNull CharitablePurpose> purposes();

    /** @return the trust property, at least one item */
    @NotEmpty
    List<@Valid @NotNull TrustProperty> property();

    /** @return the term */
    @NotNull
    @Valid
    TrustTerm term();

    /** @return the day the trust document was signed (信托文件签订之日) */
    @NotNull
    LocalDate signingDate();

    /** @return the bank custody of the cash, if any */
    Optional<@Valid BankCustody> custody();

    /** @return the department the trust was filed with (备案民政部门), once filed */
    Optional<@Valid CivilAffairsDepartment> filingAuthority();

    /** @return the day the filing was made, once filed */
    Optional<LocalDate> filedOn();

    /** @return the filing number (备案编号), once filed; not blank */
    Optional<String> filingNumber();

    /** @return the total value of the property */
    default Money totalValue() {
        Money sum = Money.ZERO;
        for (TrustProperty p : property()) {
            sum = sum.plus(p.value());
        }
        return sum;
    }

    /** @return the value of the cash property */
    default Money cashValue() {
        Money sum = Money.ZERO;
        for (TrustProperty p : property()) {
            if (p.kind() == PropertyKind.CASH) {
                sum = sum.plus(p.value());
            }
        }
        return sum;
    }

    /** @return true if any item of property is cash (then bank custody is required) */
    default boolean holdsCash() {
        for (TrustProperty p : property()) {
            if (p.kind() == PropertyKind.CASH) {
                return true;
            }
        }
        return false;
    }

    /** @return the purposes in the order of Art. 3 */
    default List<CharitablePurpose> purposesInOrder() {
        return purposes().isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(purposes()));
    }

    /**
     * The lead trustee: the one named by {@link #leadTrustee()}, or the only trustee. Call only
     * on validated input.
     *
     * @return the lead trustee
     * @throws IllegalStateException if none can be found
     */
    default Trustee lead() {
        if (leadTrustee().isEmpty()) {
            if (trustees().size() == 1) {
                return trustees().get(0);
            }
            throw new IllegalStateException("several trustees and no lead trustee");
        }
        for (Trustee t : trustees()) {
            if (TrusteeRules.sameCode(t.creditCode(), leadTrustee().get())) {
                return t;
            }
        }
        throw new IllegalStateException("the lead trustee is not among the trustees");
    }

    /** @return the position of the lead trustee in {@link #trustees()} */
    default int leadIndex() {
        return trustees().indexOf(lead());
    }
}
