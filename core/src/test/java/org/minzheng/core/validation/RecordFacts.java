package org.minzheng.core.validation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A record with constrained components, to test that each violation is reported once. */
public record RecordFacts(@Min(1) @Max(4) int grade) {}
