package org.minzheng.charity.trust;

/**
 * How firmly the sources support a finding, in the sense of REFERENCE.md: HIGH = an official text
 * says it; MEDIUM = one secondary source, or a reading of an official text that the text does not
 * spell out; LOW = weak or conflicting sources.
 */
public enum Confidence {
    /** An official text says it. */
    HIGH,
    /** One secondary source, or a reading the text does not spell out. */
    MEDIUM,
    /** Weak or conflicting sources. */
    LOW
}
