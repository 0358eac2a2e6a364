package io.ovnscope.collectors.parse.openflow;

/**
 * Interns short strings read from a region of a larger text without making a substring first, so a
 * million flows share one {@code "reg0"} and one {@code "0xffff"}. Bounded: once full it hands out
 * fresh substrings, so hostile input cannot make it grow without end. Not thread-safe: one per parse.
 */
final class NameTable {
    private final String[] slots;
    private final int limit;
    private int size;

    NameTable(int capacity) {
        int length = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) << 1;
        slots = new String[length];
        limit = length / 2;
    }

    NameTable with(String... names) {
        for (String name : names) {
            get(name, 0, name.length());
        }
        return this;
    }

    /** The shared string equal to {@code text[from, to)}. */
    String get(String text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int mask = slots.length - 1;
        int slot = (hash ^ (hash >>> 16)) & mask;
        int length = to - from;
        while (true) {
            String candidate = slots[slot];
            if (candidate == null) {
                String fresh = text.substring(from, to);
                if (size < limit) {
                    slots[slot] = fresh;
                    size++;
                }
                return fresh;
            }
            if (candidate.length() == length && candidate.regionMatches(0, text, from, length)) {
                return candidate;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The shared string if it is already known, otherwise null; never adds. */
    String known(String text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int mask = slots.length - 1;
        int slot = (hash ^ (hash >>> 16)) & mask;
        int length = to - from;
        while (true) {
            String candidate = slots[slot];
            if (candidate == null) {
                return null;
            }
            if (candidate.length() == length && candidate.regionMatches(0, text, from, length)) {
                return candidate;
            }
            slot = (slot + 1) & mask;
        }
    }
}
