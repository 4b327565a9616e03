/**
 * Input validation at the boundary: the Jakarta Validation annotations on the facts types plus
 * programs' domain checks, reported together as one
 * {@link org.minzheng.core.validation.InvalidInputException} carrying every
 * {@link org.minzheng.core.validation.Violation} (path, code, zh-CN and en message). Bad input
 * never yields a decision. The annotations are compiled once per class into a validation plan run
 * without reflection; Hibernate Validator (no EL engine) is the reference the plans are tested
 * against and validates any type with a constraint the plans do not understand.
 */
package org.minzheng.core.validation;
