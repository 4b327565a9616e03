/** The charts of {@code minzheng simulate} (docs/simulation.md), drawn with XChart. */
package org.minzheng.examples.simulation;
