package org.entente.io;

/**
 * Shares one String per distinct value of the repetitive fields (actor ids in references, kinds, roles,
 * tags), looked up straight from the parser's character buffer: a value seen before costs a hash and a
 * comparison, and no String is made only to be thrown away. Past {@code limit} values it starts again
 * empty, as the {@link Interner} does, for the same reason.
 */
final class StringPool {
    private static final int FIRST_CAPACITY = 1024;
    private final int limit;
    private String[] table = new String[FIRST_CAPACITY];
    private int size;

    StringPool(int limit) {
        this.limit = limit;
    }

    String intern(char[] chars, int offset, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + chars[offset + i];
        }
        int mask = table.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            String held = table[slot];
            if (held == null) {
                String value = new String(chars, offset, length);
                table[slot] = value;
                if (++size > limit) {
                    table = new String[FIRST_CAPACITY];
                    size = 0;
                } else if (size * 2 > table.length) {
                    grow();
                }
                return value;
            }
            if (held.length() == length && sameChars(held, chars, offset)) {
                return held;
            }
        }
    }

    private static boolean sameChars(String held, char[] chars, int offset) {
        for (int i = 0; i < held.length(); i++) {
            if (held.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    /** Mixes the high bits in, because String hashes of similar short ids differ mostly in their low bits. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private void grow() {
        String[] old = table;
        table = new String[old.length * 2];
        int mask = table.length - 1;
        for (String value : old) {
            if (value != null) {
                int slot = spread(value.hashCode()) & mask;
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = value;
            }
        }
    }
}
