/**
 * {@code charity-trust-filing}: checking the filing (备案) of a charitable trust under 《慈善法》
 * Arts. 3, 44, 45, 47 and 《慈善信托管理办法》 Arts. 16–18 — trustee type, purposes, documents,
 * custody, the seven-day deadline, the competent department and tax-preference standing
 * ({@link org.minzheng.charity.filing.TaxPreferenceRule}).
 */
package org.minzheng.charity.filing;
