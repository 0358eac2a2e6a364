package io.ovnscope.collectors.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ovnscope.core.trace.Evidence;
import io.ovnscope.core.trace.Hop;
import io.ovnscope.core.trace.Trace;
import io.ovnscope.core.trace.TraceStep;
import java.util.Locale;

/**
 * A trace as JSON: {@code {"question":{...},"reply":false,"steps":[{"step":1,"where":"ovn node switch",
 * "element":{...},"src":"10.42.0.12","dst":"10.43.0.10:53","comment":"...","evidence":[...],"via":[...]}],
 * "delivered":{...},"final":{...},"stop":null,"notes":[...]}}, addresses written as the seed writes them.
 */
public final class TraceJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TraceJson() {
    }

    public static String write(Trace trace) {
        return write(tree(trace));
    }

    /** Request and reply together: {@code {"request":{...},"reply":{...}}}. */
    public static String write(Trace request, Trace reply) {
        ObjectNode both = MAPPER.createObjectNode();
        both.set("request", tree(request));
        both.set("reply", tree(reply));
        return write(both);
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a trace tree always writes", e);
        }
    }

    private static ObjectNode tree(Trace trace) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode question = root.putObject("question");
        question.put("from", trace.question().from());
        question.put("to", trace.question().to());
        question.put("protocol", trace.question().protocol().label());
        root.put("reply", trace.reply());
        ArrayNode steps = root.putArray("steps");
        for (TraceStep step : trace.steps()) {
            ObjectNode row = steps.addObject();
            row.put("step", step.number());
            row.put("where", step.where().where());
            row.set("element", hop(step.where()));
            row.put("src", step.src().toString());
            row.put("dst", step.dst().toString());
            row.put("comment", step.comment());
            ArrayNode evidence = row.putArray("evidence");
            for (Evidence item : step.evidence()) {
                ObjectNode entry = evidence.addObject();
                entry.put("source", item.source());
                if (item.line() > 0) {
                    entry.put("line", item.line());
                }
                entry.put("text", item.text());
            }
            ArrayNode via = row.putArray("via");
            step.via().forEach(hop -> via.add(hop(hop)));
        }
        root.set("delivered", trace.delivered().map(TraceJson::hop).orElse(null));
        ObjectNode last = root.putObject("final");
        last.put("src", trace.finalSrc().map(Object::toString).orElse(null));
        last.put("dst", trace.finalDst().map(Object::toString).orElse(null));
        if (trace.stop().isPresent()) {
            ObjectNode stop = root.putObject("stop");
            stop.put("where", trace.stop().get().where().where());
            stop.set("element", hop(trace.stop().get().where()));
            stop.put("reason", trace.stop().get().reason());
        } else {
            root.putNull("stop");
        }
        ArrayNode notes = root.putArray("notes");
        trace.notes().forEach(notes::add);
        return root;
    }

    private static ObjectNode hop(Hop hop) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("kind", hop.kind().name().toLowerCase(Locale.ROOT));
        node.put("name", hop.name());
        if (!hop.port().isEmpty()) {
            node.put("port", hop.port());
        }
        return node;
    }
}
