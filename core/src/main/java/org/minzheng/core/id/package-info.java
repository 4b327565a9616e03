/**
 * Identifiers used in civil-affairs case work: the resident identity number (公民身份号码) of a
 * natural person and the unified social credit code (统一社会信用代码) of an organisation, plus the
 * single masking (脱敏) implementation the rest of minzheng uses.
 *
 * <h2>Value types</h2>
 * <p>{@link org.minzheng.core.id.ResidentIdNumber} and
 * {@link org.minzheng.core.id.UnifiedSocialCreditCode} are immutable value types. They are obtained
 * only through their static {@code parse} factories, which check the full structure and the check
 * character defined by the national standard. An instance therefore always holds a syntactically
 * valid identifier; it does <em>not</em> prove that the identifier was ever issued to anyone. Every
 * method rejects {@code null} arguments with a {@link java.lang.NullPointerException}, and every
 * malformed identifier is rejected with one exception type,
 * {@link org.minzheng.core.id.InvalidIdentifierException}.
 *
 * <h2>Personal data</h2>
 * <p>A resident identity number is personal information (个人信息) under the Personal Information
 * Protection Law (个人信息保护法). In this package:
 * <ul>
 *   <li>{@code toString()} of a {@code ResidentIdNumber} is always the masked form, so the number
 *       can be written to logs and debugging output without exposing it;</li>
 *   <li>the full number is only returned by the explicitly named {@code value()} accessor, and by
 *       JSON serialisation, because case files (案卷) must carry the real number; treat JSON
 *       documents containing it as personal data;</li>
 *   <li>the message of an {@code InvalidIdentifierException} never contains the rejected input in
 *       full: at most a masked form is shown;</li>
 *   <li>{@link org.minzheng.core.id.Masking} is the one place where masking rules are implemented;
 *       other modules must use it rather than writing their own.</li>
 * </ul>
 *
 * <h2>Standards</h2>
 * <ul>
 *   <li>GB 11643-1999 <i>Citizen identification number</i> (公民身份号码), with the ISO 7064
 *       MOD 11-2 check character;</li>
 *   <li>GB 32100-2015 <i>The coding rule of the unified social credit identifier for legal
 *       entities and other organizations</i> (法人和其他组织统一社会信用代码编码规则), including its
 *       Annex A for registration-authority and organisation-type codes.</li>
 * </ul>
 */
package org.minzheng.core.id;
