package io.ovnscope.core.nodeport;

import io.ovnscope.core.model.net.IpAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * NodePort parameters as a user types them (command line options, dialog fields), read into
 * {@link NodePortParameters} with every mistake named by its field rather than the first one only.
 *
 * @param tables table numbers to change, by the seed's table name ({@code DnatTable -> "18"}); the rest keep the seed's
 */
public record NodePortInput(String nodeIp, List<String> nodePorts, String vip, String gatewayIp, String gatewayPort,
                            String cookie, String testCookie, String dnatZone, String snatZone, String conntrackZone,
                            Map<String, String> tables, boolean testFlows) {
    public NodePortInput {
        nodePorts = List.copyOf(nodePorts);
        tables = Map.copyOf(tables);
    }

    /** The seed's values as text, the gateway address empty (the seed reads it from the node). */
    public static NodePortInput seed() {
        return new NodePortInput(NodePortParameters.SEED_NODE_IP.toString(),
                List.of(Integer.toString(NodePortParameters.SEED_NODE_PORT)), NodePortParameters.SEED_VIP.toString(),
                "", Integer.toString(NodePortParameters.SEED_GATEWAY_PORT), hex(NodePortParameters.SEED_COOKIE),
                hex(NodePortParameters.SEED_TEST_COOKIE), Integer.toString(NodePortParameters.SEED_DNAT_ZONE),
                Integer.toString(NodePortParameters.SEED_SNAT_ZONE),
                Integer.toString(NodePortParameters.SEED_CONNTRACK_ZONE), Map.of(), false);
    }

    /** Either the parameters or everything wrong with the input. */
    public record Result(Optional<NodePortParameters> parameters, List<FieldError> errors) {
        public Result {
            errors = List.copyOf(errors);
        }
    }

    public Result read() {
        List<FieldError> errors = new ArrayList<>();
        IpAddress node = address(errors, "node-ip", nodeIp);
        IpAddress virtual = address(errors, "vip", vip);
        IpAddress gateway = address(errors, "gw-ip", gatewayIp);
        List<Integer> ports = new ArrayList<>();
        for (String port : nodePorts) {
            Integer value = smallNumber(errors, "node-port", port);
            if (value != null) {
                ports.add(value);
            }
        }
        Integer gwPort = smallNumber(errors, "gw-port", gatewayPort);
        Long cookieValue = number(errors, "cookie", cookie);
        Long testCookieValue = number(errors, "test-cookie", testCookie);
        Integer dnat = smallNumber(errors, "dnat-zone", dnatZone);
        Integer snat = smallNumber(errors, "snat-zone", snatZone);
        Integer conntrack = smallNumber(errors, "conntrack-zone", conntrackZone);
        NodePortTables numbers = tables(errors);
        if (!errors.isEmpty()) {
            return new Result(Optional.empty(), errors);
        }
        List<FieldError> ranges = NodePortParameters.errors(node, ports, virtual, gateway, gwPort, cookieValue,
                testCookieValue, dnat, snat, conntrack, NodePortParameters.SEED_UPLINK_MARK, numbers);
        if (!ranges.isEmpty()) {
            return new Result(Optional.empty(), ranges);
        }
        return new Result(Optional.of(new NodePortParameters(node, ports, virtual, gateway, gwPort, cookieValue,
                testCookieValue, dnat, snat, conntrack, NodePortParameters.SEED_UPLINK_MARK, numbers, testFlows)),
                List.of());
    }

    private NodePortTables tables(List<FieldError> errors) {
        Map<NodePortTable, Integer> numbers = new LinkedHashMap<>(NodePortTables.seed().numbers());
        for (Map.Entry<String, String> entry : tables.entrySet()) {
            Optional<NodePortTable> table = NodePortTable.named(entry.getKey());
            if (table.isEmpty()) {
                errors.add(new FieldError("table " + entry.getKey(), "no such table; the tables are "
                        + String.join(", ", java.util.Arrays.stream(NodePortTable.values())
                                .map(NodePortTable::seedName).toList())));
                continue;
            }
            Integer number = smallNumber(errors, "table " + table.get().seedName(), entry.getValue());
            if (number != null) {
                numbers.put(table.get(), number);
            }
        }
        return new NodePortTables(numbers);
    }

    private static IpAddress address(List<FieldError> errors, String field, String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            errors.add(new FieldError(field, "an IPv4 address is needed"));
            return null;
        }
        Optional<IpAddress> parsed = IpAddress.parse(value);
        if (parsed.isEmpty() || !parsed.get().v4()) {
            errors.add(new FieldError(field, "'" + value + "' is not an IPv4 address (like 10.0.0.1)"));
            return null;
        }
        return parsed.get();
    }

    /** A decimal or 0x-hexadecimal number of up to 64 bits, as ovs-ofctl reads them. */
    private static Long number(List<FieldError> errors, String field, String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        try {
            if (value.startsWith("0x")) {
                return Long.parseUnsignedLong(value.substring(2), 16);
            }
            return Long.parseUnsignedLong(value);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "'" + value + "' is not a number (decimal, or hexadecimal with 0x)"));
            return null;
        }
    }

    /** A number for a port, zone or table: one beyond an int is out of every range, and said so here. */
    private static Integer smallNumber(List<FieldError> errors, String field, String text) {
        Long value = number(errors, field, text);
        if (value == null) {
            return null;
        }
        if (value < 0 || value > Integer.MAX_VALUE) {
            errors.add(new FieldError(field, Long.toUnsignedString(value) + " is far too large"));
            return null;
        }
        return value.intValue();
    }

    static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }
}
