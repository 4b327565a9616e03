/**
 * The two disability allowances of 国发〔2015〕52号 as Zhejiang implements them (浙民福〔2021〕191号):
 * {@code disability-living-allowance} (困难残疾人生活补贴, 30 % of the local dibao standard, rounded up
 * to the yuan as inferred from Huzhou's published 344) and {@code severe-disability-care-allowance}
 * (重度残疾人护理补贴, tiered by self-care ability; tiers not found for Zhejiang or Huzhou).
 */
package org.minzheng.eligibility.disability;
