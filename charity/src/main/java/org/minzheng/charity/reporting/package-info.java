/**
 * {@code charity-trust-annual-report}: the yearly report and its publication (《慈善法》 Art. 49
 * para 2), and the termination and clearing reports (the Trust Law's public-interest-trust rules,
 * through Art. 51; confidence medium), checked as of a date.
 */
package org.minzheng.charity.reporting;
