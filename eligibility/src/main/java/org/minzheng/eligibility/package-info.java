/**
 * Social assistance (社会救助): the household facts model, the shared household rules and one
 * program per benefit. Program ids are part of the public contract: {@code dibao},
 * {@code dibao-single-member}, {@code low-income-edge}, {@code rigid-expenditure},
 * {@code extreme-poverty}, {@code temporary-assistance}, {@code child-allowance},
 * {@code disability-living-allowance}, {@code severe-disability-care-allowance},
 * {@code assistance-screening}.
 */
package org.minzheng.eligibility;
