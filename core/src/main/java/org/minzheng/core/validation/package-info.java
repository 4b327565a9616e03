/**
 * Input validation at the boundary: Jakarta Validation (Hibernate Validator, no EL engine) plus
 * programs' domain checks, reported together as one
 * {@link org.minzheng.core.validation.InvalidInputException} carrying every
 * {@link org.minzheng.core.validation.Violation} (path, code, zh-CN and en message). Bad input
 * never yields a decision.
 */
package org.minzheng.core.validation;
