/**
 * The {@code after-death-tasks} program (身后一件事): the tasks a death triggers, each with its
 * department and its deadline where a source gives one, and the month regular payments stop.
 */
package org.minzheng.funeral.afterdeath;
