/** {@code rigid-expenditure} (刚性支出困难家庭, in force 2025-01-01). */
package org.minzheng.eligibility.rigid;
