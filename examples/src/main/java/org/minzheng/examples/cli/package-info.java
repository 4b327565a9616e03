/**
 * The {@code minzheng} command line ({@link org.minzheng.examples.cli.Main}): {@code programs},
 * {@code params}, {@code decide}, {@code screen}, {@code population}, {@code explain}, {@code check}, {@code demo} and {@code schema}.
 * Exit codes: 0 success; 1 an internal error or a failed check; 2 bad input, with every problem
 * on stderr and nothing on stdout.
 */
package org.minzheng.examples.cli;
