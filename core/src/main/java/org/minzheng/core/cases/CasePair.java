package org.minzheng.core.cases;

import java.nio.file.Path;

/**
 * A case file and its expected decision. Either may be missing (the checker then reports the
 * pair as failed, so that no case goes unchecked).
 *
 * @param name         the case name: its path under the directory, without {@code .json},
 *                     such as {@code dibao/huzhou-2024-family-of-three-below-standard}
 * @param caseFile     the case file, null if missing
 * @param expectedFile the expected file, null if missing
 */
public record CasePair(String name, Path caseFile, Path expectedFile) {}
