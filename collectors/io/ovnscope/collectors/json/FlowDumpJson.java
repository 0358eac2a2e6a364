package io.ovnscope.collectors.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.ovnscope.core.model.openflow.Action;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.parse.Problem;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a parsed flow dump as {@code {"kind":..., "items":[flows], "problems":[...]}}, exactly as {@link
 * ModelJson#mapper()} writes that document, with Jackson's generator alone. Building the whole mapping costs
 * a quarter second of CPU and its warm-up more: as much as the rest of {@code parse} on 100,000 flows. The
 * mapping is built only if an action the flow writer does not know turns up.
 */
public final class FlowDumpJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private ObjectWriter rareActions;

    /** Writes the document to {@code out}, leaving it open. */
    public void write(Writer out, String kind, List<Flow> flows, List<Problem> problems) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.writeStartObject();
            json.writeStringField("kind", kind);
            json.writeFieldName("items");
            json.writeStartArray();
            for (Flow flow : flows) {
                FlowJson.write(flow, json, this::rareAction);
            }
            json.writeEndArray();
            json.writeFieldName("problems");
            json.writeStartArray();
            for (Problem problem : problems) {
                json.writeStartObject();
                json.writeNumberField("line", problem.line());
                if (problem.text() != null) {
                    json.writeStringField("text", problem.text());
                }
                if (problem.reason() != null) {
                    json.writeStringField("reason", problem.reason());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private void rareAction(JsonGenerator json, Action action) throws IOException {
        if (rareActions == null) {
            rareActions = ModelJson.mapper().writerFor(Action.class)
                    .without(com.fasterxml.jackson.databind.SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
        }
        rareActions.writeValue(json, action);
    }
}
