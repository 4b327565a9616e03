/** {@code dibao} (最低生活保障) and the programs built on its test. */
package org.minzheng.eligibility.dibao;
