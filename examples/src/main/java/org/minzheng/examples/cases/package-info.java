/**
 * Example case files and their expected decisions, replayed by {@code minzheng check}, by
 * {@code minzheng demo} and by the examples' tests through the one {@link
 * org.minzheng.examples.cases.CaseChecker}.
 *
 * <p>A case is {@code <name>.json} (the envelope {@code {"program", "region", "date", "facts"}})
 * beside {@code <name>.expected.json}:
 * {@code {"pack": "official" | "illustrative", "outcome": "ELIGIBLE", "result": {…subset…},
 * "rules": {"<rule id>": "<VERDICT>"}, "missingParameters": ["<key>"], "warnings": ["<code>"]}};
 * {@code result}, {@code rules}, {@code missingParameters} and {@code warnings} are optional.
 */
package org.minzheng.examples.cases;
