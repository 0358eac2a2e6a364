package io.ovnscope.collectors.parse.ovn;

import io.ovnscope.collectors.parse.OutputParser;
import io.ovnscope.collectors.parse.TextLines;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the text form of {@code ovn-nbctl list TABLE} / {@code find TABLE ...} (and ovn-sbctl's): records of
 * {@code column : value} lines separated by blank lines, for any table. The table's name is not printed, so
 * rows carry only their columns; the row mappers check that a row has the columns of their table.
 */
public final class OvsdbListParser implements OutputParser<OvsdbRow> {
    @Override
    public Parsed<OvsdbRow> parse(String text) {
        List<OvsdbRow> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, OvsdbValue> columns = new LinkedHashMap<>();
        TextLines.Line first = null;
        for (TextLines.Line line : TextLines.of(text)) {
            String content = line.text();
            if (content.isBlank()) {
                first = flush(rows, first, columns);
                continue;
            }
            int colon = separator(content);
            if (colon < 0) {
                first = flush(rows, first, columns);
                problems.add(UnownedLine.problem(line, "not a 'column : value' line of ovn-nbctl list"));
                continue;
            }
            String column = content.substring(0, colon).strip();
            OvsdbTextValue.Result value = OvsdbTextValue.parse(content.substring(colon + 1));
            if (!value.ok()) {
                problems.add(new Problem(line.number(), content, "the value of '" + column + "' is cut or broken: "
                        + value.error()));
                continue;
            }
            if (column.equals("_uuid") || columns.containsKey(column)) {
                first = flush(rows, first, columns);
            }
            if (first == null) {
                first = line;
            }
            columns.put(column, value.value());
        }
        flush(rows, first, columns);
        return new Parsed<>(rows, problems);
    }

    private static TextLines.Line flush(List<OvsdbRow> rows, TextLines.Line first, Map<String, OvsdbValue> columns) {
        if (first != null && !columns.isEmpty()) {
            rows.add(new OvsdbRow(first.number(), first.text(), columns));
        }
        columns.clear();
        return null;
    }

    /**
     * Where the column name ends: a column is one word (letters, digits, '_', '-'), then blanks, then ':'
     * followed by a blank or the end. Returns the colon's index, or -1.
     */
    static int separator(String line) {
        int i = 0;
        int n = line.length();
        while (i < n && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_' || line.charAt(i) == '-')) {
            i++;
        }
        if (i == 0) {
            return -1;
        }
        while (i < n && line.charAt(i) == ' ') {
            i++;
        }
        if (i >= n || line.charAt(i) != ':' || i + 1 < n && line.charAt(i + 1) != ' ') {
            return -1;
        }
        return i;
    }
}
