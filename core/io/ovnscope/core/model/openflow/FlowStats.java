package io.ovnscope.core.model.openflow;

/**
 * What the switch counted for a flow. Every part may be missing: {@code ovs-ofctl --no-stats} prints none,
 * {@code --names} drops the ages, {@code bridge/dump-flows} prints whole-second durations and no ages.
 * Kept as primitives with {@link #ABSENT} (NaN for the duration) because a bridge can hold a million
 * flows and boxed counters would double their memory.
 *
 * @param durationSeconds seconds since the flow was added, NaN when not printed
 * @param packets         n_packets, or {@link #ABSENT}
 * @param bytes           n_bytes, or {@link #ABSENT}
 * @param offloadPackets  n_offload_packets ({@code bridge/dump-flows --offload-stats}), or {@link #ABSENT}
 * @param offloadBytes    n_offload_bytes, or {@link #ABSENT}
 * @param idleAgeSeconds  idle_age, or {@link #ABSENT}
 * @param hardAgeSeconds  hard_age, or {@link #ABSENT}
 */
public record FlowStats(double durationSeconds, long packets, long bytes, long offloadPackets, long offloadBytes,
                        long idleAgeSeconds, long hardAgeSeconds) {

    /** A counter or age the dump did not print. */
    public static final long ABSENT = -1;

    public static final FlowStats NONE = new FlowStats(Double.NaN, ABSENT, ABSENT, ABSENT, ABSENT, ABSENT, ABSENT);

    public boolean hasDuration() {
        return !Double.isNaN(durationSeconds);
    }

    public boolean hasCounters() {
        return packets != ABSENT || bytes != ABSENT;
    }

    public boolean isEmpty() {
        return !hasDuration() && packets == ABSENT && bytes == ABSENT && offloadPackets == ABSENT
                && offloadBytes == ABSENT && idleAgeSeconds == ABSENT && hardAgeSeconds == ABSENT;
    }
}
