package io.ovnscope.core.compare;

/**
 * One configuration entry that was added, removed or changed.
 *
 * @param key    what the entry is, the same in both snapshots (a load balancer and its VIP, a router and a
 *               route...)
 * @param before its value in the earlier snapshot, "" when added
 * @param after  its value in the later snapshot, "" when removed
 */
public record ObjectChange(ChangeKind kind, ObjectArea area, String key, String before, String after) {
}
