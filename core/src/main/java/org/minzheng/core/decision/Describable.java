package org.minzheng.core.decision;

import java.util.Map;

/**
 * A fact value that renders itself through a message, so that structured facts (a member and
 * why they count) read naturally in either language while the JSON stays language-neutral.
 */
public interface Describable {

    /** @return the message key */
    String messageKey();

    /** @return the named values of the message */
    Map<String, Object> messageFacts();
}
