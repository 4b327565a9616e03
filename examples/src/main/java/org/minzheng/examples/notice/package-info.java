/**
 * The printable notice (告知书): {@link org.minzheng.examples.notice.NoticePdf} lays a
 * {@link org.minzheng.core.decision.CitizenNotice} out as an A4 PDF in Chinese or English, with the
 * Noto Sans SC font (SIL Open Font License 1.1) shipped as a resource of this module. It lives in the
 * examples module so that the published modules carry no PDF library and no font; the CLI's
 * {@code minzheng explain --format pdf} uses it.
 */
package org.minzheng.examples.notice;
