package org.minzheng.core.validation;

/** Named like a generated validator of {@code CompiledValidationTest.NotAValidator}, but is none. */
final class CompiledValidationTest_NotAValidator_MinzhengValidator {}
