package io.ovnscope.collectors.parse.host;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ovnscope.collectors.parse.PastedLine;
import io.ovnscope.collectors.parse.TextLines;
import io.ovnscope.core.parse.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a JSON command output item by item, remembering the line each item starts on: a top-level array
 * ({@code ip -j addr}), an object with an items array ({@code kubectl get ... -o json}, a {@code List}), or a
 * single object. Items before a syntax error are kept; the error is reported with its line and column.
 * Pasted lines before the document (a prompt, the command) are reported and skipped.
 */
public final class JsonItems {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One item and the 1-based line of the raw output where it starts. */
    public record Item(int line, JsonNode node) {
    }

    /**
     * What was read.
     *
     * @param envelope the top-level object's other fields when the items came from its items array
     *                 ({@code kind}, {@code apiVersion}); empty otherwise
     */
    public record Read(List<Item> items, Optional<ObjectNode> envelope, List<Problem> problems) {
    }

    private JsonItems() {
    }

    public static Read read(String text, String itemsField) {
        List<TextLines.Line> lines = TextLines.of(text == null ? "" : text);
        List<Problem> problems = new ArrayList<>();
        int start = 0;
        while (start < lines.size() && !startsJson(lines.get(start).text())) {
            TextLines.Line line = lines.get(start++);
            if (!line.text().isBlank()) {
                problems.add(new Problem(line.number(), line.text(), PastedLine.explain(line.text())
                        .orElse("not JSON: the document should start with '[' or '{'")));
            }
        }
        if (start == lines.size()) {
            return new Read(List.of(), Optional.empty(), problems);
        }
        StringBuilder body = new StringBuilder();
        for (int i = start; i < lines.size(); i++) {
            body.append(lines.get(i).text()).append('\n');
        }
        Reader reader = new Reader(lines, start, problems);
        reader.read(body.toString(), itemsField);
        return new Read(reader.items, reader.envelope, problems);
    }

    private static boolean startsJson(String line) {
        String stripped = line.strip();
        return stripped.startsWith("[") || stripped.startsWith("{");
    }

    /** The state of one read. */
    private static final class Reader {
        private final List<TextLines.Line> lines;
        private final int offset;
        private final List<Problem> problems;
        private final List<Item> items = new ArrayList<>();
        private Optional<ObjectNode> envelope = Optional.empty();

        Reader(List<TextLines.Line> lines, int offset, List<Problem> problems) {
            this.lines = lines;
            this.offset = offset;
            this.problems = problems;
        }

        void read(String body, String itemsField) {
            try (JsonParser parser = MAPPER.createParser(body)) {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.START_ARRAY) {
                    elements(parser);
                } else {
                    object(parser, itemsField);
                }
                if (parser.nextToken() != null) {
                    problem(parser.currentTokenLocation(), "more text after the end of the JSON document");
                }
            } catch (JsonProcessingException e) {
                problem(e.getLocation(), "JSON syntax error: " + firstLine(e.getOriginalMessage()));
            } catch (IOException e) {
                problems.add(new Problem(offset + 1, lines.get(offset).text(), "the JSON could not be read: "
                        + e.getMessage()));
            }
        }

        private void elements(JsonParser parser) throws IOException {
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    problem(parser.currentLocation(), "the JSON ends before its array is closed: the output is cut");
                    return;
                }
                int line = line(parser.currentTokenLocation());
                items.add(new Item(line, parser.readValueAsTree()));
            }
        }

        private void object(JsonParser parser, String itemsField) throws IOException {
            int line = line(parser.currentTokenLocation());
            ObjectNode fields = MAPPER.createObjectNode();
            boolean sawItems = false;
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals(itemsField) && value == JsonToken.START_ARRAY) {
                    sawItems = true;
                    elements(parser);
                } else {
                    fields.set(name, parser.readValueAsTree());
                }
            }
            if (token == null) {
                problem(parser.currentLocation(), "the JSON ends before its object is closed: the output is cut");
            }
            if (sawItems) {
                envelope = Optional.of(fields);
            } else {
                items.add(new Item(line, fields));
            }
        }

        private int line(JsonLocation location) {
            int inBody = location == null ? 1 : Math.max(1, location.getLineNr());
            return Math.min(offset + inBody, lines.size());
        }

        private void problem(JsonLocation location, String reason) {
            int line = line(location);
            int column = location == null ? -1 : location.getColumnNr();
            problems.add(new Problem(line, lines.get(line - 1).text(), reason + " (line " + line
                    + (column > 0 ? ", column " + column : "") + ")"));
        }

        private static String firstLine(String message) {
            if (message == null) {
                return "unreadable JSON";
            }
            int newline = message.indexOf('\n');
            return newline < 0 ? message : message.substring(0, newline);
        }
    }
}
