package org.minzheng.core.policy;

import java.util.List;

/**
 * Policy data failed to load. Carries every problem found, each with file and line; nothing
 * from a failing load is used.
 */
public final class PolicyLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<PolicyLoadError> errors;

    /**
     * Creates the exception.
     *
     * @param errors the problems, not empty
     */
    public PolicyLoadException(List<PolicyLoadError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    private static String summary(List<PolicyLoadError> errors) {
        StringBuilder sb = new StringBuilder();
        sb.append(errors.size())
                .append(errors.size() == 1 ? " error" : " errors")
                .append(" in policy data:");
        for (PolicyLoadError e : errors) {
            sb.append("\n  ").append(e);
        }
        return sb.toString();
    }

    /** @return every problem, in file order */
    public List<PolicyLoadError> errors() {
        return errors;
    }
}
