package io.ovnscope.collectors.parse.openflow;

import io.ovnscope.collectors.parse.Uuids;

import io.ovnscope.collectors.parse.OutputParser;
import io.ovnscope.collectors.parse.PastedLine;
import io.ovnscope.collectors.parse.TextLines;
import io.ovnscope.core.model.openflow.OvsBridge;
import io.ovnscope.core.model.openflow.OvsInterface;
import io.ovnscope.core.model.openflow.OvsPort;
import io.ovnscope.core.model.openflow.OvsSwitchConfig;
import io.ovnscope.core.model.openflow.OvsTarget;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code ovs-vsctl show}: the switch UUID, managers, bridges with their controllers, ports and
 * interfaces (type, options), and ovs_version. A key line belongs to the innermost record it is indented
 * under, so keys this parser does not name are kept too.
 */
public final class VsctlShowParser implements OutputParser<OvsSwitchConfig> {

    @Override
    public Parsed<OvsSwitchConfig> parse(String text) {
        return new Run().read(text);
    }

    /** One parse. */
    private static final class Run {
        private final List<Problem> problems = new ArrayList<>();
        private final List<OvsSwitchConfig> configs = new ArrayList<>();
        private Switch current;
        private Bridge bridge;
        private Port port;
        private Interface iface;
        private Target target;

        Parsed<OvsSwitchConfig> read(String text) {
            for (TextLines.Line line : TextLines.of(text)) {
                String raw = line.text();
                String trimmed = raw.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                int indent = raw.indexOf(trimmed.charAt(0));
                if (indent == 0 && Uuids.isUuid(trimmed)) {
                    finish();
                    current = new Switch(trimmed);
                    continue;
                }
                var pasted = PastedLine.explain(raw);
                if (pasted.isPresent()) {
                    problems.add(new Problem(line.number(), raw, pasted.get()));
                    continue;
                }
                if (current == null) {
                    problems.add(new Problem(line.number(), raw,
                            "not part of 'ovs-vsctl show': it comes before the switch's UUID line"));
                    continue;
                }
                String reason = line(trimmed, indent);
                if (reason != null) {
                    problems.add(new Problem(line.number(), raw, reason));
                }
            }
            finish();
            return new Parsed<>(configs, problems);
        }

        /** Reads one line into the records; returns why it could not, or null. */
        private String line(String trimmed, int indent) {
            int space = trimmed.indexOf(' ');
            String word = space < 0 ? trimmed : trimmed.substring(0, space);
            String rest = space < 0 ? "" : unquote(trimmed.substring(space + 1).strip());
            switch (word) {
                case "Manager" -> {
                    target = new Target(rest, indent);
                    current.managers.add(target);
                    return null;
                }
                case "Bridge" -> {
                    bridge = new Bridge(rest, indent);
                    current.bridges.add(bridge);
                    port = null;
                    iface = null;
                    target = null;
                    return null;
                }
                case "Controller" -> {
                    if (bridge == null) {
                        return "a Controller outside any Bridge";
                    }
                    target = new Target(rest, indent);
                    bridge.controllers.add(target);
                    return null;
                }
                case "Port" -> {
                    if (bridge == null) {
                        return "a Port outside any Bridge";
                    }
                    port = new Port(rest, indent);
                    bridge.ports.add(port);
                    iface = null;
                    target = null;
                    return null;
                }
                case "Interface" -> {
                    if (port == null) {
                        return "an Interface outside any Port";
                    }
                    iface = new Interface(rest, indent);
                    port.interfaces.add(iface);
                    return null;
                }
                default -> {
                    return keyValue(trimmed, indent);
                }
            }
        }

        private String keyValue(String trimmed, int indent) {
            int colon = trimmed.indexOf(": ");
            if (colon <= 0) {
                return "not a line of 'ovs-vsctl show'";
            }
            String key = trimmed.substring(0, colon);
            String value = trimmed.substring(colon + 2).strip();
            if (key.equals("ovs_version")) {
                current.version = unquote(value);
            } else if (key.equals("is_connected") && target != null && indent > target.indent) {
                target.connected = Boolean.valueOf(value);
            } else if (iface != null && indent > iface.indent) {
                switch (key) {
                    case "type" -> iface.type = value;
                    case "options" -> iface.options = OvsdbMap.parse(value);
                    default -> iface.other.put(key, value);
                }
            } else if (port != null && indent > port.indent) {
                if (key.equals("tag") && value.chars().allMatch(Character::isDigit) && value.length() < 6) {
                    port.tag = Integer.valueOf(value);
                } else {
                    port.other.put(key, value);
                }
            } else if (bridge != null && indent > bridge.indent) {
                switch (key) {
                    case "fail_mode" -> bridge.failMode = value;
                    case "datapath_type" -> bridge.datapathType = value;
                    default -> bridge.other.put(key, value);
                }
            } else {
                return "a '" + key + ":' line that belongs to no Bridge, Port or Interface";
            }
            return null;
        }

        private void finish() {
            if (current != null) {
                configs.add(current.build());
            }
            current = null;
            bridge = null;
            port = null;
            iface = null;
            target = null;
        }
    }

    static String unquote(String text) {
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return text;
    }


    private static final class Switch {
        final String uuid;
        final List<Target> managers = new ArrayList<>();
        final List<Bridge> bridges = new ArrayList<>();
        String version;

        Switch(String uuid) {
            this.uuid = uuid;
        }

        OvsSwitchConfig build() {
            return new OvsSwitchConfig(uuid, managers.stream().map(Target::build).toList(),
                    bridges.stream().map(Bridge::build).toList(), version);
        }
    }

    private static final class Target {
        final String target;
        final int indent;
        Boolean connected;

        Target(String target, int indent) {
            this.target = target;
            this.indent = indent;
        }

        OvsTarget build() {
            return new OvsTarget(target, connected);
        }
    }

    private static final class Bridge {
        final String name;
        final int indent;
        final List<Target> controllers = new ArrayList<>();
        final List<Port> ports = new ArrayList<>();
        final Map<String, String> other = new LinkedHashMap<>();
        String failMode;
        String datapathType;

        Bridge(String name, int indent) {
            this.name = name;
            this.indent = indent;
        }

        OvsBridge build() {
            return new OvsBridge(name, controllers.stream().map(Target::build).toList(), failMode, datapathType,
                    other, ports.stream().map(Port::build).toList());
        }
    }

    private static final class Port {
        final String name;
        final int indent;
        final List<Interface> interfaces = new ArrayList<>();
        final Map<String, String> other = new LinkedHashMap<>();
        Integer tag;

        Port(String name, int indent) {
            this.name = name;
            this.indent = indent;
        }

        OvsPort build() {
            return new OvsPort(name, tag, other, interfaces.stream().map(Interface::build).toList());
        }
    }

    private static final class Interface {
        final String name;
        final int indent;
        final Map<String, String> other = new LinkedHashMap<>();
        Map<String, String> options = Map.of();
        String type = "";

        Interface(String name, int indent) {
            this.name = name;
            this.indent = indent;
        }

        OvsInterface build() {
            return new OvsInterface(name, type, options, other);
        }
    }
}
