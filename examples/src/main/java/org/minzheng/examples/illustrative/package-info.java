/**
 * The illustrative overlay: pack files of placeholder values (grade {@code ILLUSTRATIVE}) so that
 * the examples can run end to end where the official sources leave a value open. Never policy:
 * every decision that reads one of these values carries a warning saying so.
 */
package org.minzheng.examples.illustrative;
