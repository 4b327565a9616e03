/**
 * Province-wide assistance screening and early warning (社会救助一门受理、分类审核与低收入人口动态监测预警)
 * on Apache Flink: {@link org.minzheng.examples.flink.ScreeningJob} reads household snapshots and
 * change events, keeps each household's facts in keyed state, re-runs the library's
 * {@code assistance-screening} program (国办发〔2023〕39号 monitoring; 社会救助暂行办法 Art. 9,
 * 最低生活保障审核确认办法 Art. 8, 刚性支出困难家庭认定办法 Art. 4) whenever they change, and writes
 * decisions, early-warning alerts and rejections as JSON Lines. The per-household logic is plain
 * Java ({@link org.minzheng.examples.flink.HouseholdMonitor}); only the keyed function, the line
 * parser and the job wiring touch Flink. See {@code docs/flink-screening.md}.
 */
package org.minzheng.examples.flink;
