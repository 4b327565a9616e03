/**
 * The facts of a household (共同生活的家庭成员 and the people listed with them): members,
 * incomes by category with exemptions, deductions, assets, rigid expenditures; plus who counts
 * ({@link org.minzheng.eligibility.household.HouseholdMembership}, Art. 7) and exact monthly
 * amounts ({@link org.minzheng.eligibility.household.MonthlyAmount}).
 */
package org.minzheng.eligibility.household;
