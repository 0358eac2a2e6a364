package io.ovnscope.collectors.parse.ovn;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the text form ovn-nbctl prints for a column value: {@code []}, {@code [a, "b c"]}, {@code {}},
 * {@code {k=v, "k"="v"}}, {@code "quoted \"text\""} or a bare word. Hand-written scanner: no regex.
 */
final class OvsdbTextValue {
    private final String text;
    private int at;

    private OvsdbTextValue(String text) {
        this.text = text;
    }

    /** The value, or the reason it is not one (unbalanced bracket, unclosed quote, text after the value). */
    static Result parse(String text) {
        OvsdbTextValue scanner = new OvsdbTextValue(text.strip());
        try {
            OvsdbValue value = scanner.value();
            scanner.blanks();
            if (scanner.at < scanner.text.length()) {
                return Result.failure("text after the value at column " + (scanner.at + 1) + ": '"
                        + scanner.text.substring(scanner.at) + "'");
            }
            return Result.success(value);
        } catch (IllegalArgumentException e) {
            return Result.failure(e.getMessage());
        }
    }

    /** A value or a reason, never both. */
    record Result(OvsdbValue value, String error) {
        static Result success(OvsdbValue value) {
            return new Result(value, null);
        }

        static Result failure(String error) {
            return new Result(null, error);
        }

        boolean ok() {
            return value != null;
        }
    }

    private OvsdbValue value() {
        blanks();
        if (at < text.length() && text.charAt(at) == '[') {
            at++;
            List<OvsdbValue> members = new ArrayList<>();
            for (String atom : list(']')) {
                members.add(new OvsdbValue.Atom(atom));
            }
            return new OvsdbValue.SetOf(members);
        }
        if (at < text.length() && text.charAt(at) == '{') {
            at++;
            return map();
        }
        return new OvsdbValue.Atom(atom(""));
    }

    private List<String> list(char close) {
        List<String> atoms = new ArrayList<>();
        blanks();
        if (at < text.length() && text.charAt(at) == close) {
            at++;
            return atoms;
        }
        while (true) {
            atoms.add(atom(",]"));
            blanks();
            if (at >= text.length()) {
                throw new IllegalArgumentException("'" + close + "' missing at the end");
            }
            char c = text.charAt(at++);
            if (c == close) {
                return atoms;
            }
            if (c != ',') {
                throw new IllegalArgumentException("expected ',' or '" + close + "' at column " + at);
            }
        }
    }

    private OvsdbValue.MapOf map() {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        blanks();
        if (at < text.length() && text.charAt(at) == '}') {
            at++;
            return new OvsdbValue.MapOf(entries);
        }
        while (true) {
            String key = atom("=,}");
            blanks();
            if (at >= text.length() || text.charAt(at) != '=') {
                throw new IllegalArgumentException("expected '=' after map key '" + key + "' at column " + (at + 1));
            }
            at++;
            String value = atom(",}");
            entries.add(new AbstractMap.SimpleImmutableEntry<>(key, value));
            blanks();
            if (at >= text.length()) {
                throw new IllegalArgumentException("'}' missing at the end");
            }
            char c = text.charAt(at++);
            if (c == '}') {
                return new OvsdbValue.MapOf(entries);
            }
            if (c != ',') {
                throw new IllegalArgumentException("expected ',' or '}' at column " + at);
            }
        }
    }

    /** A quoted string, or a bare word that ends at a blank or at one of {@code stops}. */
    private String atom(String stops) {
        blanks();
        if (at < text.length() && text.charAt(at) == '"') {
            int start = at++;
            StringBuilder value = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return value.toString();
                }
                if (c == '\\' && at < text.length()) {
                    c = unescape(text.charAt(at++));
                }
                value.append(c);
            }
            throw new IllegalArgumentException("the quote at column " + (start + 1) + " is never closed");
        }
        int start = at;
        while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && stops.indexOf(text.charAt(at)) < 0) {
            at++;
        }
        if (start == at && !stops.isEmpty()) {
            throw new IllegalArgumentException("a value is missing at column " + (at + 1));
        }
        return text.substring(start, at);
    }

    private static char unescape(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            default -> c;
        };
    }

    private void blanks() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
