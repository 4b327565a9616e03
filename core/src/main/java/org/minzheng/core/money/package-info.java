/**
 * Exact money: {@link org.minzheng.core.money.Money} (CNY held as whole fen) and the named
 * {@link org.minzheng.core.money.Rounding} every division or percentage must give.
 *
 * <p>No binary floating point anywhere. Comparisons that policy phrases per person ("per-capita
 * income below the standard") are made without division: {@code income < standard × members}.
 */
package org.minzheng.core.money;
