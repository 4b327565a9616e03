/**
 * The {@code estate-query} program (已故人员涉财查询授权): the application
 * ({@link org.minzheng.funeral.estate.EstateQueryApplication}), the documents each relation
 * needs under the 2019 query notice ({@link org.minzheng.funeral.estate.EvidenceRoute}), the
 * asset kinds and which of them the notice covers ({@link org.minzheng.funeral.estate.AssetKind}),
 * and the two outcomes as separate types: {@link org.minzheng.funeral.estate.EstateQueryGrant}
 * (scope, dates, legal basis) and {@link org.minzheng.funeral.estate.EstateQueryRefusal}
 * (everything missing).
 */
package org.minzheng.funeral.estate;
