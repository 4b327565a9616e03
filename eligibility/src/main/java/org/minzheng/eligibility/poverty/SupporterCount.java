package org.minzheng.eligibility.poverty;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import org.minzheng.core.decision.Describable;
import org.minzheng.core.decision.RuleContext;

/**
 * The number of legal supporters (法定赡养、抚养、扶养义务人) listed, as a fact of the Art. 8
 * finding: in JSON the number; in an explanation "无法定赡养、抚养、扶养义务人" when there is none,
 * so that a citizen never reads "0 名".
 *
 * @param count the number of supporters listed, zero or more
 */
record SupporterCount(int count) implements Describable {

    @JsonValue
    @Override
    public int count() {
        return count;
    }

    @Override
    public String messageKey() {
        return count == 0 ? "extreme-poverty.supporters.none" : "extreme-poverty.supporters.listed";
    }

    @Override
    public Map<String, Object> messageFacts() {
        return RuleContext.facts("count", count);
    }
}
