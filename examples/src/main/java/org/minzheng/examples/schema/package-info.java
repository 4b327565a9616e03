/**
 * JSON Schemas (draft 2020-12) of every program's facts and of the decision record, generated
 * from the Java types with victools jsonschema-generator (Jackson and Jakarta Validation
 * modules), with minzheng's value types written as the JSON they are: money as a decimal string,
 * region codes as six digits, resident identity numbers as 18 characters, dates as ISO dates.
 */
package org.minzheng.examples.schema;
