package io.ovnscope.core.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * A trace as the seed's table: step, where, srcIP:port, dstIP:port, comment. Markdown with padded columns as
 * seed 004 writes them, or plain aligned text for a terminal.
 */
public final class TraceTable {
    private static final List<String> HEADER = List.of("step", "where", "srcIP:port", "dstIP:port", "comment");

    private TraceTable() {
    }

    public static List<List<String>> rows(Trace trace) {
        List<List<String>> rows = new ArrayList<>();
        for (TraceStep step : trace.steps()) {
            rows.add(List.of(Integer.toString(step.number()), step.where().where(), step.src().toString(),
                    step.dst().toString(), step.comment()));
        }
        return rows;
    }

    public static String markdown(Trace trace) {
        List<List<String>> rows = rows(trace);
        int[] widths = widths(rows);
        StringBuilder out = new StringBuilder();
        line(out, HEADER, widths, "|", "|");
        out.append('|');
        for (int width : widths) {
            out.append(':').append("-".repeat(width - 1)).append('|');
        }
        out.append('\n');
        rows.forEach(row -> line(out, row, widths, "|", "|"));
        ending(out, trace);
        return out.toString();
    }

    public static String text(Trace trace) {
        List<List<String>> rows = rows(trace);
        int[] widths = widths(rows);
        StringBuilder out = new StringBuilder();
        line(out, HEADER, widths, "", "  ");
        rows.forEach(row -> line(out, row, widths, "", "  "));
        ending(out, trace);
        return out.toString();
    }

    private static void ending(StringBuilder out, Trace trace) {
        out.append('\n');
        trace.delivered().ifPresent(hop -> out.append("delivered to ").append(hop)
                .append(trace.finalDst().map(dst -> " as " + trace.finalSrc().map(Object::toString).orElse("?")
                        + " -> " + dst).orElse("")).append('\n'));
        trace.stop().ifPresent(stop -> out.append("stopped at ").append(stop.where()).append(": ")
                .append(stop.reason()).append('\n'));
        trace.notes().forEach(note -> out.append("note: ").append(note).append('\n'));
    }

    private static int[] widths(List<List<String>> rows) {
        int[] widths = new int[HEADER.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = Math.max(4, HEADER.get(column).length());
            for (List<String> row : rows) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        return widths;
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths, String edge, String between) {
        out.append(edge);
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            boolean last = column == cells.size() - 1;
            out.append(last && edge.isEmpty() ? cell : cell + " ".repeat(widths[column] - cell.length()));
            out.append(last ? edge : between);
        }
        out.append('\n');
    }
}
