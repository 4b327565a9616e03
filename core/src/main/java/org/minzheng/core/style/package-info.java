/** The shared Immutables style ({@link org.minzheng.core.style.MinzhengStyle}). */
package org.minzheng.core.style;
