/**
 * Charity (慈善): charitable trusts from filing to termination under the Charity Law (《中华人民共和国慈善法》,
 * 2016, amended 2023 with effect from 2024-09-05) and the 《慈善信托管理办法》 (银监发〔2017〕37号),
 * registry statistics, and charity resources matched to assistance needs.
 *
 * <p>Programs (ids are part of the public contract):
 * <ul>
 *   <li>{@code charity-trust-filing} — {@link org.minzheng.charity.filing.TrustFilingProgram}: a filing
 *       checked for trustee type, purposes, documents, custody, the seven-day deadline (Art. 45), the
 *       competent department and tax-preference standing;</li>
 *   <li>{@code charity-trust-change} — {@link org.minzheng.charity.change.TrustChangeProgram}: re-filing
 *       of changes within seven days (Art. 48; 管理办法 Art. 19), grounds for replacing a trustee,
 *       resignation;</li>
 *   <li>{@code charity-trust-annual-report} — {@link org.minzheng.charity.reporting.AnnualReportProgram}:
 *       the yearly report and its publication (Art. 49), termination and clearing reports;</li>
 *   <li>{@code charity-matching} — {@link org.minzheng.charity.matching.MatchingProgram}: charity funds
 *       allocated to assistance needs by a documented deterministic strategy.</li>
 * </ul>
 * {@link org.minzheng.charity.registry.TrustRegistry} is a view over many records: totals by
 * department, region and year, year-on-year growth, CSV and JSON export.
 *
 * <p>Parameters: {@link org.minzheng.charity.CharityParameters}; citations:
 * {@link org.minzheng.charity.CharityCitations}; pack file: {@code org/minzheng/charity/policy/charity.yaml}.
 */
package org.minzheng.charity;
