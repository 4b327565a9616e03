/**
 * The {@code basic-funeral-services} program (惠民殡葬): which basic funeral items are free, for
 * whom, from when, in which region; unused items are not paid out in cash where the region
 * says so.
 */
package org.minzheng.funeral.services;
