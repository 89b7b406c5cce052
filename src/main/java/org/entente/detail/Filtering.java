package org.entente.detail;

import org.entente.index.IntList;

/** Lists of events narrowed to what the filter lets through, as every view shows. */
final class Filtering {
    private Filtering() {
    }

    static IntList events(IntList positions, DetailContext context) {
        if (context.filter().isEmpty()) {
            return positions;
        }
        IntList kept = new IntList(Math.max(1, positions.size()));
        for (int i = 0; i < positions.size(); i++) {
            if (context.filter().matches(context.dataset().events().get(positions.get(i)), context.dataset())) {
                kept.add(positions.get(i));
            }
        }
        return kept;
    }
}
