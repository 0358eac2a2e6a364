package io.ovnscope.collectors.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.ovnscope.core.model.openflow.FlowStats;
import java.io.IOException;

/**
 * Writes a flow's counters as the dump printed them: a counter the dump did not print is left out, not
 * written as the model's in-memory marker for "absent".
 */
final class FlowStatsJson extends StdSerializer<FlowStats> {
    FlowStatsJson() {
        super(FlowStats.class);
    }

    @Override
    public void serialize(FlowStats stats, JsonGenerator json, SerializerProvider provider) throws IOException {
        write(stats, json);
    }

    static void write(FlowStats stats, JsonGenerator json) throws IOException {
        json.writeStartObject();
        if (stats.hasDuration()) {
            json.writeNumberField("durationSeconds", stats.durationSeconds());
        }
        field(json, "packets", stats.packets());
        field(json, "bytes", stats.bytes());
        field(json, "offloadPackets", stats.offloadPackets());
        field(json, "offloadBytes", stats.offloadBytes());
        field(json, "idleAgeSeconds", stats.idleAgeSeconds());
        field(json, "hardAgeSeconds", stats.hardAgeSeconds());
        json.writeEndObject();
    }

    private static void field(JsonGenerator json, String name, long value) throws IOException {
        if (value != FlowStats.ABSENT) {
            json.writeNumberField(name, value);
        }
    }
}
