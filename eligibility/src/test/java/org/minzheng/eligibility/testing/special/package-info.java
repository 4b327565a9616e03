/**
 * QuickTheories generators of the special-assistance facts (特困, 临时救助, 孤儿 and 事实无人抚养儿童,
 * the two disability allowances), published in the {@code minzheng-eligibility} tests jar. A
 * subpackage of its own so that it does not clash with the generators of the other
 * social-assistance programs in {@code org.minzheng.eligibility.testing}.
 */
package org.minzheng.eligibility.testing.special;
