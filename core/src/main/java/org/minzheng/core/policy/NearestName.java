package org.minzheng.core.policy;

import java.util.Collection;

/**
 * The known name nearest to a misspelt one, by edit distance (insertions, deletions and
 * substitutions of characters) over the whole dotted name: {@code dibao.standrd} →
 * {@code dibao.standard}, {@code temporary-assistance.month.max} →
 * {@code temporary-assistance.months.max}.
 */
final class NearestName {

    private NearestName() {}

    /**
     * @param name  the unknown name, not null
     * @param known the known names, in the order ties are resolved (the first wins)
     * @return the nearest known name, or null if none is within a third of the name's length
     *         (at least 2 edits), where a suggestion would be a guess
     */
    static String of(String name, Collection<String> known) {
        int limit = Math.max(2, name.length() / 3);
        String best = null;
        int bestDistance = limit + 1;
        for (String k : known) {
            if (Math.abs(k.length() - name.length()) >= bestDistance) {
                continue;
            }
            int d = distance(name, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    /** @return the Levenshtein distance of two strings */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(substitute, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
