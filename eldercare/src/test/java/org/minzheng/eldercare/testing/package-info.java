/**
 * QuickTheories generators of eldercare facts and values, published in the
 * {@code minzheng-eldercare} tests jar for integrators' own property tests.
 */
package org.minzheng.eldercare.testing;
