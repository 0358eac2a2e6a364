package io.ovnscope.collectors.parse.openflow;

/**
 * A map from short regions of a larger text to values, looked up without making a substring first. Flow
 * dumps repeat the same field names, values and whole actions millions of times; sharing them saves both
 * the parsing and the memory. Bounded: once full it stops adding, so hostile input cannot make it grow
 * without end. Not thread-safe: one per parse.
 */
final class RegionCache<V> {
    private final String[] keys;
    private final Object[] values;
    private final int limit;
    private final int maxKeyLength;
    private final int shift;
    private int size;

    RegionCache(int capacity, int maxKeyLength) {
        int length = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) << 1;
        keys = new String[length];
        values = new Object[length];
        limit = length / 2;
        shift = Integer.numberOfLeadingZeros(length) + 1;
        this.maxKeyLength = maxKeyLength;
    }

    static int hash(String text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return hash;
    }

    /**
     * The first slot for a hash. String hashes of "10.0.0.1", "10.0.0.2"... are consecutive, which would
     * pile them into one long run of linear probing; a Fibonacci multiply spreads them.
     */
    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    /** The value stored for {@code text[from, to)} with that {@link #hash}, or null. */
    @SuppressWarnings("unchecked")
    V get(String text, int from, int to, int hash) {
        int length = to - from;
        if (length > maxKeyLength) {
            return null;
        }
        int mask = keys.length - 1;
        for (int slot = slot(hash); ; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key == null) {
                return null;
            }
            if (key.length() == length && same(key, text, from, length)) {
                return (V) values[slot];
            }
        }
    }

    /** Stores the value unless the cache is full or the key too long; returns the key string when stored. */
    String put(String text, int from, int to, int hash, V value) {
        int length = to - from;
        if (size >= limit || length > maxKeyLength) {
            return null;
        }
        int mask = keys.length - 1;
        int slot = slot(hash);
        while (keys[slot] != null) {
            if (keys[slot].length() == length && same(keys[slot], text, from, length)) {
                return keys[slot];
            }
            slot = (slot + 1) & mask;
        }
        String key = text.substring(from, to);
        keys[slot] = key;
        values[slot] = value;
        size++;
        return key;
    }

    private static boolean same(String key, String text, int from, int length) {
        return key.regionMatches(0, text, from, length);
    }
}
