/**
 * What the {@code minzheng} CLI and the web service ({@code examples/service}) both show of the
 * programs and the policy values: {@link org.minzheng.examples.catalogue.ProgramCatalogue} (the
 * programs with their rules and citations, as {@code minzheng programs --json} and
 * {@code GET /api/programs} print them) and {@link org.minzheng.examples.catalogue.ParameterRows}
 * (the values in force, as {@code minzheng params --json} and {@code GET /api/params} print them).
 * One piece of code, so the two never drift apart.
 */
package org.minzheng.examples.catalogue;
