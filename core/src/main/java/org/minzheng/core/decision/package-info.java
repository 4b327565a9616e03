/**
 * Decisions and their explanations: the {@link org.minzheng.core.decision.Decision} record
 * (outcome, result, ordered {@link org.minzheng.core.decision.Finding}s with citations,
 * counterfactuals, warnings, missing parameters, the parameter values read and their
 * fingerprint), the per-decision {@link org.minzheng.core.decision.RuleContext} rule classes
 * write to, and the {@link org.minzheng.core.decision.Explainer} that renders zh-CN and English
 * text from message bundles.
 */
package org.minzheng.core.decision;
