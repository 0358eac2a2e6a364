package io.ovnscope.views.flows;

import io.ovnscope.core.model.openflow.FlowStats;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Counters with thousands grouped as {@code %,d} groups them in the user's locale, written by hand: a table
 * page of counters is refilled at every scroll, and {@code String.format} parses its pattern each time.
 */
final class CounterText {
    private final char separator;

    CounterText(Locale locale) {
        separator = DecimalFormatSymbols.getInstance(locale).getGroupingSeparator();
    }

    /** A flow counter: blank when the switch did not print it. */
    String counter(long value) {
        return value == FlowStats.ABSENT ? "" : grouped(value);
    }

    String grouped(long value) {
        String digits = Long.toString(value);
        int sign = value < 0 ? 1 : 0;
        int length = digits.length() - sign;
        if (length <= 3) {
            return digits;
        }
        StringBuilder text = new StringBuilder(digits.length() + length / 3);
        text.append(digits, 0, sign);
        for (int i = 0; i < length; i++) {
            if (i > 0 && (length - i) % 3 == 0) {
                text.append(separator);
            }
            text.append(digits.charAt(sign + i));
        }
        return text.toString();
    }
}
