/**
 * The minzheng web service ({@code examples/service}): a Spring Boot application over the SDK with
 * a REST API ({@link org.minzheng.examples.service.ApiController}), its OpenAPI document, the
 * case-worker page (static files) and role-filtered estate-query case views
 * ({@link org.minzheng.examples.service.EstateCaseController}). Bodies are read and written with
 * the SDK's own mapper ({@link org.minzheng.core.json.Json}), never Spring's, so a decision here is
 * byte for byte the one {@code minzheng decide --jsonl} prints. See docs/service.md.
 */
package org.minzheng.examples.service;
