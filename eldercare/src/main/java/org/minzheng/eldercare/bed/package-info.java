/**
 * 一床一码 (one bed, one code): {@link org.minzheng.eldercare.bed.BedCode}, minzheng's own code
 * for a bed in an eldercare institution, and bed occupancy records with the check that a bed is
 * never occupied twice at once ({@link org.minzheng.eldercare.bed.OccupancyCheck}).
 *
 * <p>Huzhou's 2024 report says more than nine in ten institutions are to have 一床一码, but no
 * official code format was found; the format here is minzheng's design, documented in
 * {@link org.minzheng.eldercare.bed.BedCode} and {@code docs/eldercare.md}. Replace it (or map
 * to it) if an official format appears.
 */
package org.minzheng.eldercare.bed;
