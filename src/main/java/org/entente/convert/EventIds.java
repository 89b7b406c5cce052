package org.entente.convert;

/**
 * The GLOBALEVENTIDs read so far. GDELT numbers its events in sequence, so the ids of an export are
 * nearly consecutive: they are kept as pages of sixty-four, each page a number and a bit mask, which holds a
 * million consecutive ids in some 300 KB where one long per id took 16 MB (and, at 64 MB of heap, a doubling
 * of that array could find no room). Ids that share no page cost two longs each. The pages are spread over
 * sixty-four tables, so that none grows into one large array.
 */
final class EventIds {
    private static final int PART_BITS = 6;
    private static final int ID_BITS = 6;

    private final Pages[] parts = new Pages[1 << PART_BITS];

    EventIds() {
        for (int i = 0; i < parts.length; i++) {
            parts[i] = new Pages();
        }
    }

    /** Adds {@code id}; true when it was not there yet. */
    boolean add(long id) {
        long page = id >> ID_BITS;
        long bit = 1L << (id & ((1 << ID_BITS) - 1));
        int mixed = (int) ((page ^ (page >>> 32)) * 0xC2B2AE3D27D4EB4FL >>> 32);
        return parts[mixed >>> (Integer.SIZE - PART_BITS)].add(page, bit);
    }

    /** Pages and their masks in one open-addressing table; a page with no bit set is a free slot. */
    private static final class Pages {
        private long[] pages = new long[16];
        private long[] masks = new long[16];
        private int size;

        boolean add(long page, long bit) {
            int mask = pages.length - 1;
            for (int slot = spread(page) & mask; ; slot = (slot + 1) & mask) {
                if (masks[slot] == 0) {
                    pages[slot] = page;
                    masks[slot] = bit;
                    if (++size * 4 > pages.length * 3) {
                        grow();
                    }
                    return true;
                }
                if (pages[slot] == page) {
                    boolean added = (masks[slot] & bit) == 0;
                    masks[slot] |= bit;
                    return added;
                }
            }
        }

        private void grow() {
            long[] oldPages = pages;
            long[] oldMasks = masks;
            pages = new long[oldPages.length * 2];
            masks = new long[oldPages.length * 2];
            int mask = pages.length - 1;
            for (int i = 0; i < oldPages.length; i++) {
                if (oldMasks[i] != 0) {
                    int slot = spread(oldPages[i]) & mask;
                    while (masks[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    pages[slot] = oldPages[i];
                    masks[slot] = oldMasks[i];
                }
            }
        }

        private static int spread(long page) {
            long mixed = page * 0x9E3779B97F4A7C15L;
            return (int) (mixed ^ (mixed >>> 32));
        }
    }
}
