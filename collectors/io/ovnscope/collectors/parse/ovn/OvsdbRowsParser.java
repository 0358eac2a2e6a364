package io.ovnscope.collectors.parse.ovn;

import io.ovnscope.collectors.parse.OutputParser;
import io.ovnscope.core.parse.Parsed;

/**
 * Reads a {@code list TABLE} output in either form: JSON ({@code --format=json}, starts with {@code {"data"} or
 * {@code {"headings"}) or text records.
 */
public final class OvsdbRowsParser implements OutputParser<OvsdbRow> {
    private final OvsdbJsonParser json = new OvsdbJsonParser();
    private final OvsdbListParser text = new OvsdbListParser();

    @Override
    public Parsed<OvsdbRow> parse(String output) {
        return isJson(output) ? json.parse(output) : text.parse(output);
    }

    static boolean isJson(String output) {
        String start = output.stripLeading();
        return start.startsWith("{\"data\"") || start.startsWith("{\"headings\"");
    }
}
