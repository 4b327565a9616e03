package org.minzheng.core.person;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A self-care assessment (生活自理能力评估) on the six items of 特困人员认定办法 Art. 21: for each,
 * whether the person achieves it on their own ({@code true}) or not ({@code false}). Every item
 * must be stated; a missing item is an input error, never read as "not achieved".
 *
 * <p>{@link #category()} applies Art. 22. Shared vocabulary with eldercare and the disability care
 * allowance; it belongs in core (see {@link SelfCareCategory}).
 *
 * @param eating                自主吃饭, not null
 * @param dressing              自主穿衣, not null
 * @param gettingInOutOfBed     自主上下床, not null
 * @param toileting             自主如厕, not null
 * @param walkingIndoors        室内自主行走, not null
 * @param bathing               自主洗澡, not null
 */
@JsonPropertyOrder({"eating", "dressing", "gettingInOutOfBed", "toileting", "walkingIndoors", "bathing"})
public record SelfCareAssessment(
        @NotNull Boolean eating,
        @NotNull Boolean dressing,
        @NotNull Boolean gettingInOutOfBed,
        @NotNull Boolean toileting,
        @NotNull Boolean walkingIndoors,
        @NotNull Boolean bathing) {

    /**
     * Obtains an assessment in which the listed items are not achieved and the others are.
     *
     * @param failed the items not achieved
     * @return the assessment
     */
    public static SelfCareAssessment failing(SelfCareItem... failed) {
        boolean[] ok = {true, true, true, true, true, true};
        for (SelfCareItem i : failed) {
            ok[i.ordinal()] = false;
        }
        return new SelfCareAssessment(ok[0], ok[1], ok[2], ok[3], ok[4], ok[5]);
    }

    /** @return the items not achieved, in the order of Art. 21 (an item not stated counts as not achieved) */
    @JsonIgnore
    public List<SelfCareItem> failedItems() {
        List<SelfCareItem> list = new ArrayList<>(6);
        Boolean[] values = {eating, dressing, gettingInOutOfBed, toileting, walkingIndoors, bathing};
        for (SelfCareItem i : SelfCareItem.values()) {
            if (!Boolean.TRUE.equals(values[i.ordinal()])) {
                list.add(i);
            }
        }
        return Collections.unmodifiableList(list);
    }

    /** @return the self-care category of Art. 22 */
    @JsonIgnore
    public SelfCareCategory category() {
        return SelfCareCategory.ofFailedItems(failedItems().size());
    }
}
