/**
 * Funeral and after-death services (殡葬, 身后一件事): the parameters
 * ({@link org.minzheng.funeral.FuneralParameters}), citations
 * ({@link org.minzheng.funeral.FuneralCitations}) and pack files
 * ({@link org.minzheng.funeral.FuneralPolicyData}) of five programs, whose ids are part of the
 * public contract: {@code estate-query}, {@code deposit-withdrawal}, {@code after-death-tasks},
 * {@code eco-burial-award}, {@code basic-funeral-services}.
 *
 * <p>Sub-packages: {@code person} (relations, masked names and numbers), {@code estate} (the
 * estate-query program, its grant and refusal), {@code cases} (the estate-query case lifecycle
 * and role-based views), {@code audit} (the hash-chained audit log), {@code deposit},
 * {@code afterdeath}, {@code burial}, {@code services}. See {@code docs/funeral.md}.
 *
 * <p>Design note: the estate-query grant is a separate type from the application
 * (STYLE.md practice 11), and a case's lifecycle is a mutable, thread-safe entity whose audit
 * log is append-only, while every decision remains a pure function of facts and policy.
 */
package org.minzheng.funeral;
