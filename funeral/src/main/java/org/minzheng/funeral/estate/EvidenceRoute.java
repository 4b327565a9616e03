package org.minzheng.funeral.estate;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.minzheng.core.citation.Citation;
import org.minzheng.funeral.FuneralCitations;
import org.minzheng.funeral.person.Relation;

/**
 * The three ways to query a deceased person's deposits under 《关于简化查询已故存款人存款相关事项的通知》
 * (银保监办发〔2019〕107号), each with the documents it requires:
 *
 * <table>
 *   <caption>Required documents by route</caption>
 *   <tr><th>route</th><th>who</th><th>documents</th></tr>
 *   <tr><td>{@link #CLOSE_RELATIVE}</td><td>spouse, parents, children</td>
 *       <td>death certificate, proof of relationship, own ID</td></tr>
 *   <tr><td>{@link #NOTARISED_WILL}</td><td>heirs or legatees named in a notarised will</td>
 *       <td>death certificate, the notarised will, own ID</td></tr>
 *   <tr><td>{@link #NOTARY_LETTER}</td><td>other heirs</td>
 *       <td>a notary office's deposit-query letter, own ID</td></tr>
 * </table>
 */
public enum EvidenceRoute {
    /** 配偶、父母、子女. */
    CLOSE_RELATIVE(
            EnumSet.of(Evidence.DEATH_CERTIFICATE, Evidence.RELATIONSHIP_PROOF, Evidence.OWN_ID),
            FuneralCitations.QUERY_CLOSE_RELATIVES),
    /** 公证遗嘱指定的继承人或受遗赠人. */
    NOTARISED_WILL(
            EnumSet.of(Evidence.DEATH_CERTIFICATE, Evidence.NOTARISED_WILL, Evidence.OWN_ID),
            FuneralCitations.QUERY_WILL),
    /** 其他继承人. */
    NOTARY_LETTER(EnumSet.of(Evidence.NOTARY_QUERY_LETTER, Evidence.OWN_ID), FuneralCitations.QUERY_OTHER_HEIRS);

    private final Set<Evidence> required;
    private final Citation citation;

    EvidenceRoute(EnumSet<Evidence> required, Citation citation) {
        this.required = Collections.unmodifiableSet(required);
        this.citation = citation;
    }

    /**
     * @param relation the applicant's relation to the deceased, not null
     * @return the route the 2019 notice gives that relation
     */
    public static EvidenceRoute of(Relation relation) {
        switch (relation) {
            case SPOUSE:
            case PARENT:
            case CHILD:
                return CLOSE_RELATIVE;
            case WILL_HEIR:
            case LEGATEE:
                return NOTARISED_WILL;
            case OTHER_HEIR:
                return NOTARY_LETTER;
            default:
                throw new IllegalArgumentException("unknown relation " + relation);
        }
    }

    /** @return the documents the route requires, in {@link Evidence} order */
    public Set<Evidence> required() {
        return required;
    }

    /** @return the passage of the 2019 notice */
    public Citation citation() {
        return citation;
    }

    /**
     * @param held the documents held, not null
     * @return the required documents not held, in {@link Evidence} order (empty when complete)
     */
    public Set<Evidence> missing(Set<Evidence> held) {
        EnumSet<Evidence> missing = EnumSet.copyOf(required);
        missing.removeAll(held);
        return Collections.unmodifiableSet(missing);
    }
}
