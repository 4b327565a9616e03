/**
 * The program SPI: {@link org.minzheng.core.program.Program} (id, title, citations, parameters,
 * {@code decide(facts, snapshot)}), its base {@link org.minzheng.core.program.AbstractProgram}
 * and the ServiceLoader-backed {@link org.minzheng.core.program.ProgramRegistry}.
 */
package org.minzheng.core.program;
