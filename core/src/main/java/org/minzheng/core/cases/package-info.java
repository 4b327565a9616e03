/**
 * Case files: the JSON envelope {@code {"program", "region", "date", "facts"}} and the
 * {@link org.minzheng.core.cases.CaseRunner} that decides them, used by the CLI, the case-file
 * tests and integrators feeding JSON.
 */
package org.minzheng.core.cases;
