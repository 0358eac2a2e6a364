package io.ovnscope.core.browse;

import io.ovnscope.core.browse.filter.FlowFilter;
import io.ovnscope.core.model.openflow.Flow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows a flow table shows: the flows a filter keeps, in a grouping's order, with a group line before
 * each group. Rows are ints, not objects, so a million flows cost a few megabytes: a row {@code >= 0} is the
 * index of a flow in the dump, a row {@code < 0} is group {@code -row - 1}.
 */
public final class FlowListing {
    private final List<Flow> flows;
    private final int[] rows;
    private final List<Group> groups;
    private final int shown;

    /** A group line: what the group's flows share, and how many of them the filter kept. */
    public record Group(String label, int flowCount, long packets) {
    }

    private FlowListing(List<Flow> flows, int[] rows, List<Group> groups, int shown) {
        this.flows = flows;
        this.rows = rows;
        this.groups = List.copyOf(groups);
        this.shown = shown;
    }

    public static FlowListing of(List<Flow> flows, FlowFilter filter, FlowGrouping grouping) {
        int[] kept = filter.keepsAll() ? identity(flows.size()) : filter.select(flows);
        return switch (grouping) {
            case NONE -> new FlowListing(flows, kept, List.of(), kept.length);
            case TABLE -> groupedByTable(flows, kept);
            case COOKIE -> groupedByCookie(flows, byCookie(flows, kept));
        };
    }

    public int size() {
        return rows.length;
    }

    public boolean isGroup(int position) {
        return rows[position] < 0;
    }

    public Flow flow(int position) {
        return flows.get(rows[position]);
    }

    public Group group(int position) {
        return groups.get(-rows[position] - 1);
    }

    /** How many flows the rows hold (group lines not counted). */
    public int flowCount() {
        return shown;
    }

    /** The position of the first flow of that table, or -1 when no shown flow is in it. */
    public int firstOfTable(int table) {
        for (int position = 0; position < rows.length; position++) {
            if (rows[position] >= 0 && flows.get(rows[position]).table() == table) {
                return position;
            }
        }
        return -1;
    }

    private static int[] identity(int size) {
        int[] all = new int[size];
        for (int i = 0; i < size; i++) {
            all[i] = i;
        }
        return all;
    }

    /** Indexes sorted by table, then priority from high to low, then dump order; one primitive sort. */
    private static int[] byTable(List<Flow> flows, int[] kept) {
        long[] keys = new long[kept.length];
        for (int i = 0; i < kept.length; i++) {
            Flow flow = flows.get(kept[i]);
            // table fits 8 bits, an inverted priority 16, a dump index 32: one long orders all three.
            keys[i] = ((long) (flow.table() & 0xFF) << 48) | ((long) (0xFFFF - (flow.priority() & 0xFFFF)) << 32)
                    | kept[i];
        }
        Arrays.sort(keys);
        int[] sorted = new int[kept.length];
        for (int i = 0; i < keys.length; i++) {
            sorted[i] = (int) keys[i];
        }
        return sorted;
    }

    /**
     * The table grouping in two passes over the flows' memory at most: one reads table, priority and packets
     * into sort keys and per-table sums, the sort orders the keys, and the groups come from the keys alone.
     */
    private static FlowListing groupedByTable(List<Flow> flows, int[] kept) {
        long[] keys = new long[kept.length];
        long[] packets = new long[256];
        int[] counts = new int[256];
        for (int i = 0; i < kept.length; i++) {
            Flow flow = flows.get(kept[i]);
            int table = flow.table() & 0xFF;
            keys[i] = ((long) table << 48) | ((long) (0xFFFF - (flow.priority() & 0xFFFF)) << 32) | kept[i];
            packets[table] += Math.max(0, flow.stats().packets());
            counts[table]++;
        }
        Arrays.sort(keys);
        int tables = 0;
        for (int count : counts) {
            tables += count > 0 ? 1 : 0;
        }
        int[] rows = new int[kept.length + tables];
        List<Group> groups = new ArrayList<>(tables);
        int at = 0;
        int previous = -1;
        for (long key : keys) {
            int table = (int) (key >>> 48);
            if (table != previous) {
                groups.add(new Group("table " + table + " · " + counts[table] + (counts[table] == 1 ? " flow" : " flows"),
                        counts[table], packets[table]));
                rows[at++] = -groups.size();
                previous = table;
            }
            rows[at++] = (int) key;
        }
        return new FlowListing(flows, rows, groups, kept.length);
    }

    /** Indexes sorted by cookie (unsigned), then table and priority: cookies are ranked first to fit a long. */
    private static int[] byCookie(List<Flow> flows, int[] kept) {
        int[] byTable = byTable(flows, kept);
        long[] cookies = new long[byTable.length];
        for (int i = 0; i < byTable.length; i++) {
            cookies[i] = flows.get(byTable[i]).cookie() ^ Long.MIN_VALUE;
        }
        long[] distinct = Arrays.stream(cookies).sorted().distinct().toArray();
        long[] keys = new long[byTable.length];
        for (int i = 0; i < byTable.length; i++) {
            keys[i] = ((long) Arrays.binarySearch(distinct, cookies[i]) << 32) | i;
        }
        Arrays.sort(keys);
        int[] sorted = new int[byTable.length];
        for (int i = 0; i < keys.length; i++) {
            sorted[i] = byTable[(int) keys[i]];
        }
        return sorted;
    }

    private static FlowListing groupedByCookie(List<Flow> flows, int[] sorted) {
        List<Group> groups = new ArrayList<>();
        int[] rows = new int[sorted.length + countGroups(flows, sorted)];
        int at = 0;
        int start = 0;
        while (start < sorted.length) {
            Flow first = flows.get(sorted[start]);
            int end = start;
            long packets = 0;
            while (end < sorted.length && first.cookie() == flows.get(sorted[end]).cookie()) {
                packets += Math.max(0, flows.get(sorted[end]).stats().packets());
                end++;
            }
            int count = end - start;
            String label = "cookie " + first.cookieText() + " · " + count + (count == 1 ? " flow" : " flows");
            groups.add(new Group(label, count, packets));
            rows[at++] = -groups.size();
            System.arraycopy(sorted, start, rows, at, count);
            at += count;
            start = end;
        }
        return new FlowListing(flows, rows, groups, sorted.length);
    }

    private static int countGroups(List<Flow> flows, int[] sorted) {
        int count = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || flows.get(sorted[i - 1]).cookie() != flows.get(sorted[i]).cookie()) {
                count++;
            }
        }
        return count;
    }
}
