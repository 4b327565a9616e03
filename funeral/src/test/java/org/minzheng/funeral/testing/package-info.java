/**
 * Test support published in the {@code minzheng-funeral} tests jar: QuickTheories generators of
 * the module's domain types ({@link org.minzheng.funeral.testing.FuneralGenerators}) and the
 * policy books the module's tests use ({@link org.minzheng.funeral.testing.FuneralTestBooks}).
 */
package org.minzheng.funeral.testing;
