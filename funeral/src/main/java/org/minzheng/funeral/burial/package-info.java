/**
 * Burial forms and the {@code eco-burial-award} program: which forms count as land-saving
 * ecological burial under 民发〔2016〕21号, whether they keep the ashes, and the regional award.
 */
package org.minzheng.funeral.burial;
