package org.minzheng.examples.service;

/**
 * A request parameter that is missing or malformed: answered with {@code 400} and a
 * problem document naming the parameter. The messages never repeat the value sent.
 */
final class BadRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String messageEn;
    private final String messageZh;

    BadRequestException(String parameter, String messageEn, String messageZh) {
        super(messageEn, null, false, false);
        this.parameter = parameter;
        this.messageEn = messageEn;
        this.messageZh = messageZh;
    }

    String parameter() {
        return parameter;
    }

    String messageEn() {
        return messageEn;
    }

    String messageZh() {
        return messageZh;
    }
}
