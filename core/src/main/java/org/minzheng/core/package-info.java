/**
 * The minzheng kernel. Sub-packages by concern: {@code money}, {@code region}, {@code id},
 * {@code time}, {@code citation}, {@code policy}, {@code decision}, {@code program},
 * {@code validation}, {@code json}, {@code cases}.
 */
package org.minzheng.core;
