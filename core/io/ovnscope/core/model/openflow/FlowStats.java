package io.ovnscope.core.model.openflow;

/**
 * What the switch counted for a flow. Every part may be missing: {@code ovs-ofctl --no-stats} prints none,
 * {@code --names} drops the ages, {@code bridge/dump-flows} prints whole-second durations and no ages.
 *
 * @param durationSeconds     seconds since the flow was added, or null
 * @param packets             n_packets, or null
 * @param bytes               n_bytes, or null
 * @param offloadPackets      n_offload_packets ({@code bridge/dump-flows --offload-stats}), or null
 * @param offloadBytes        n_offload_bytes, or null
 * @param idleAgeSeconds      idle_age, or null
 * @param hardAgeSeconds      hard_age, or null
 */
public record FlowStats(Double durationSeconds, Long packets, Long bytes, Long offloadPackets, Long offloadBytes,
                        Integer idleAgeSeconds, Integer hardAgeSeconds) {

    public static final FlowStats NONE = new FlowStats(null, null, null, null, null, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }
}
