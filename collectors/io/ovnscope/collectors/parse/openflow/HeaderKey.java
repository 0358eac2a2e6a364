package io.ovnscope.collectors.parse.openflow;

/**
 * The keys of a flow that are not match fields, and {@code actions}. Found from a region of the dump by its
 * hash, which the scanner computes anyway, so telling "n_packets" from "nw_dst" costs no table lookup.
 */
enum HeaderKey {
    ACTIONS("actions"), COOKIE("cookie"), DURATION("duration"), TABLE("table"), TABLE_ID("table_id"),
    PRIORITY("priority"), N_PACKETS("n_packets"), N_BYTES("n_bytes"), N_OFFLOAD_PACKETS("n_offload_packets"),
    N_OFFLOAD_BYTES("n_offload_bytes"), IDLE_TIMEOUT("idle_timeout"), HARD_TIMEOUT("hard_timeout"),
    IMPORTANCE("importance"), IDLE_AGE("idle_age"), HARD_AGE("hard_age");

    private static final HeaderKey[] KEYS = values();
    private static final int[] HASHES = new int[KEYS.length];

    static {
        for (int i = 0; i < KEYS.length; i++) {
            HASHES[i] = KEYS[i].text.hashCode();
        }
    }

    private final String text;

    HeaderKey(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /** The key written in {@code text[from, to)} whose String hash is {@code hash}, or null for a match field. */
    static HeaderKey of(String text, int from, int to, int hash) {
        for (int i = 0; i < HASHES.length; i++) {
            String key = KEYS[i].text;
            if (HASHES[i] == hash && key.length() == to - from && key.regionMatches(0, text, from, to - from)) {
                return KEYS[i];
            }
        }
        return null;
    }
}
