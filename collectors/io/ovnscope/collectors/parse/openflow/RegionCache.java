package io.ovnscope.collectors.parse.openflow;

/**
 * A map from short regions of a larger text to values, looked up without making a substring first. Flow
 * dumps repeat the same field names, values and whole actions millions of times; sharing them saves both
 * the parsing and the memory. It starts small (most outputs are short) and doubles up to a bound; once
 * full it stops adding, so hostile input cannot make it grow without end. Not thread-safe: one per parse.
 */
final class RegionCache<V> {
    private static final int INITIAL_SLOTS = 64;

    private final int maxSlots;
    private final int maxKeyLength;
    private String[] keys = new String[INITIAL_SLOTS];
    /** Each key's hash beside it, so a probe only touches a key whose hash already matches. */
    private int[] hashes = new int[INITIAL_SLOTS];
    private Object[] values = new Object[INITIAL_SLOTS];
    private int shift = Integer.numberOfLeadingZeros(INITIAL_SLOTS) + 1;
    private int size;

    /**
     * @param capacity     how many entries it may hold at most
     * @param maxKeyLength longer regions are neither looked up nor stored
     */
    RegionCache(int capacity, int maxKeyLength) {
        this.maxSlots = Math.max(INITIAL_SLOTS, Integer.highestOneBit(Math.max(1, capacity - 1)) << 2);
        this.maxKeyLength = maxKeyLength;
    }

    /** The hash of {@code text[from, to)} (String's own formula), computed without a substring. */
    static int hash(String text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return hash;
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
            if (hashes[slot] == hash && key.length() == length && key.regionMatches(0, text, from, length)) {
                return (V) values[slot];
            }
        }
    }

    /** Stores the value unless the cache is full or the key too long. */
    void put(String text, int from, int to, int hash, V value) {
        int length = to - from;
        if (length > maxKeyLength) {
            return;
        }
        if (size >= keys.length / 2) {
            if (keys.length >= maxSlots) {
                return;
            }
            grow();
        }
        int mask = keys.length - 1;
        int slot = slot(hash);
        while (keys[slot] != null) {
            if (hashes[slot] == hash && keys[slot].length() == length
                    && keys[slot].regionMatches(0, text, from, length)) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = text.substring(from, to);
        hashes[slot] = hash;
        values[slot] = value;
        size++;
    }

    /**
     * The first slot for a hash. String hashes of "10.0.0.1", "10.0.0.2"... are consecutive, which would
     * pile them into one long run of linear probing; a Fibonacci multiply spreads them.
     */
    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldHashes = hashes;
        Object[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        shift--;
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = slot(oldHashes[i]);
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                hashes[slot] = oldHashes[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
