/** {@code assistance-screening}: one application, classified review, and early warning. */
package org.minzheng.eligibility.screening;
