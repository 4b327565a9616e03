/**
 * {@code temporary-assistance}: 临时救助, emergency (急难型) and expenditure (支出型) types, under
 * 社会救助暂行办法 Chapter 9 (Arts. 47–49), the 2020 reform opinion (二（四）14–15) and, as instruments,
 * 国发〔2014〕47号 and 民发〔2018〕23号. See
 * {@link org.minzheng.eligibility.temporary.TemporaryAssistanceProgram}.
 */
package org.minzheng.eligibility.temporary;
