package io.ovnscope.collectors.parse.openflow;

import io.ovnscope.collectors.parse.OutputParser;
import io.ovnscope.collectors.parse.PastedLine;
import io.ovnscope.collectors.parse.TextLines;
import io.ovnscope.core.model.openflow.BridgeFeatures;
import io.ovnscope.core.model.openflow.OpenFlowPort;
import io.ovnscope.core.model.openflow.PortRef;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads {@code ovs-ofctl [-O OpenFlowXY] show BR}: one {@link BridgeFeatures} per features reply (a paste
 * may hold several), with its ports. The port description and get-config replies belong to it.
 */
public final class OfctlShowParser implements OutputParser<BridgeFeatures> {

    @Override
    public Parsed<BridgeFeatures> parse(String text) {
        List<BridgeFeatures> bridges = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Bridge bridge = null;
        Port port = null;
        for (TextLines.Line line : TextLines.of(text)) {
            String raw = line.text();
            String trimmed = raw.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith("OFPT_FEATURES_REPLY")) {
                if (bridge != null) {
                    bridges.add(bridge.build());
                }
                bridge = new Bridge();
                port = null;
                int dpid = trimmed.indexOf("dpid:");
                if (dpid >= 0) {
                    bridge.dpid = trimmed.substring(dpid + 5).strip();
                } else {
                    problems.add(new Problem(line.number(), raw, "a features reply without dpid:"));
                }
                continue;
            }
            if (bridge == null) {
                problems.add(new Problem(line.number(), raw, PastedLine.explain(raw)
                        .orElse("not part of 'ovs-ofctl show': it comes before any OFPT_FEATURES_REPLY line")));
                continue;
            }
            if (trimmed.startsWith("OFPST_PORT_DESC reply") || trimmed.startsWith("OFPT_GET_CONFIG_REPLY")) {
                continue;
            }
            if (trimmed.startsWith("n_tables:")) {
                readSizes(bridge, trimmed, line, problems);
                continue;
            }
            if (trimmed.startsWith("capabilities:")) {
                bridge.capabilities = words(trimmed.substring(13));
                continue;
            }
            if (trimmed.startsWith("actions:") && port == null) {
                bridge.actions = words(trimmed.substring(8));
                continue;
            }
            int addr = trimmed.indexOf("): addr:");
            int open = trimmed.indexOf('(');
            if (addr > 0 && open > 0 && open < addr) {
                port = new Port();
                port.port = PortRef.parse(trimmed.substring(0, open));
                port.name = trimmed.substring(open + 1, addr);
                port.mac = trimmed.substring(addr + 8).strip();
                bridge.ports.add(port);
                continue;
            }
            if (port != null && readPortDetail(port, trimmed)) {
                continue;
            }
            problems.add(new Problem(line.number(), raw, PastedLine.explain(raw)
                    .orElse("not a line of 'ovs-ofctl show'")));
        }
        if (bridge != null) {
            bridges.add(bridge.build());
        }
        return new Parsed<>(bridges, problems);
    }

    private static void readSizes(Bridge bridge, String trimmed, TextLines.Line line, List<Problem> problems) {
        for (String part : trimmed.split(",")) {
            String[] keyValue = part.strip().split(":", 2);
            String number = keyValue.length == 2 ? keyValue[1].strip() : "";
            int value = Chars.smallNumber(number, 0, number.length());
            if (value < 0) {
                problems.add(new Problem(line.number(), line.text(), "cannot read '" + part.strip() + "'"));
            } else if (keyValue[0].equals("n_tables")) {
                bridge.tables = value;
            } else if (keyValue[0].equals("n_buffers")) {
                bridge.buffers = value;
            }
        }
    }

    private static boolean readPortDetail(Port port, String trimmed) {
        int colon = trimmed.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String key = trimmed.substring(0, colon);
        String value = trimmed.substring(colon + 1).strip();
        switch (key) {
            case "config" -> port.config = flags(value);
            case "state" -> port.state = flags(value);
            case "current" -> port.current = words(value);
            case "speed" -> port.speed = value;
            case "advertised", "supported", "peer" -> {
                return true;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static List<String> flags(String value) {
        return value.equals("0") ? List.of() : words(value);
    }

    private static List<String> words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("\\s+"));
    }

    /** A features reply being read. */
    private static final class Bridge {
        String dpid;
        Integer tables;
        Integer buffers;
        List<String> capabilities = List.of();
        List<String> actions = List.of();
        final List<Port> ports = new ArrayList<>();

        BridgeFeatures build() {
            return new BridgeFeatures(dpid, tables, buffers, capabilities, actions,
                    ports.stream().map(Port::build).toList());
        }
    }

    /** A port being read. */
    private static final class Port {
        PortRef port;
        String name;
        String mac;
        List<String> config = List.of();
        List<String> state = List.of();
        List<String> current = List.of();
        String speed;

        OpenFlowPort build() {
            return new OpenFlowPort(port, name, mac, config, state, current, speed);
        }
    }
}
