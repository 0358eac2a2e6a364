package io.ovnscope.collectors.parse.openflow;

/**
 * Interns short strings read from a region of a larger text without making a substring first, so a
 * million flows share one {@code "reg0"} and one {@code "0xffff"}. Bounded like {@link RegionCache}.
 */
final class NameTable {
    private final RegionCache<String> cache;

    NameTable(int capacity) {
        cache = new RegionCache<>(capacity, 64);
    }

    NameTable with(String... names) {
        for (String name : names) {
            get(name, 0, name.length());
        }
        return this;
    }

    /** The shared string equal to {@code text[from, to)}. */
    String get(String text, int from, int to) {
        return get(text, from, to, RegionCache.hash(text, from, to));
    }

    /** The same, when the caller already has the region's {@link RegionCache#hash}. */
    String get(String text, int from, int to, int hash) {
        String known = cache.get(text, from, to, hash);
        if (known != null) {
            return known;
        }
        String fresh = text.substring(from, to);
        cache.put(fresh, 0, fresh.length(), hash, fresh);
        return fresh;
    }

    /** The shared string if it is already known, otherwise null; never adds. */
    String known(String text, int from, int to) {
        return cache.get(text, from, to, RegionCache.hash(text, from, to));
    }
}
