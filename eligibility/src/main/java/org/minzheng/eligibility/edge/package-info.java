/** {@code low-income-edge} (最低生活保障边缘家庭). */
package org.minzheng.eligibility.edge;
