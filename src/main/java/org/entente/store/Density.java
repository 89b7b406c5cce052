package org.entente.store;

import java.util.List;

/**
 * Counts per bin per group: {@code counts[group][bin]}, the groups those of the colouring
 * ({@link org.entente.strata.Strata}: the dataset's most frequent kinds, or bands of tone) named in
 * {@code groups}, in the legend's order. An event belongs to one group and counts in every bin it overlaps.
 */
public record Density(List<String> groups, int[][] counts) {
    public Density {
        groups = List.copyOf(groups);
    }

    public int bins() {
        return counts.length == 0 ? 0 : counts[0].length;
    }

    /** The events per bin, all groups together. */
    public int[] totals() {
        int[] totals = new int[bins()];
        for (int[] group : counts) {
            for (int bin = 0; bin < totals.length; bin++) {
                totals[bin] += group[bin];
            }
        }
        return totals;
    }
}
