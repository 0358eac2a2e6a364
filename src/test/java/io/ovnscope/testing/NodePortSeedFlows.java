package io.ovnscope.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The NodePort flow set of seed 000 (a powershell block of {@code $Name="value"} lines and
 * {@code ovs-ofctl add-flow br-int "..."} lines) with its variables substituted, as add-flow lines.
 * Commented-out flows stay out. {@code $GwIP} is read from the Windows host there; we use {@link #GATEWAY_IP}.
 */
public final class NodePortSeedFlows {
    public static final String FIXTURE = "seed/seed000-nodeport-flow-set-powershell.txt";
    public static final String GATEWAY_IP = "10.176.25.1";
    private static final String ADD_FLOW = "ovs-ofctl add-flow br-int \"";

    private NodePortSeedFlows() {
    }

    /** The "Add new NodePort" blocks of the seed: external_remotepod (30232) and external_remotenode (32287). */
    public static final String NEW_PORT_30232 = "seed/000-block-115-121.txt";
    public static final String NEW_PORT_32287 = "seed/000-block-126-130.txt";

    public static List<String> flows() {
        return flows(ClasspathFixtures.read(FIXTURE));
    }

    /**
     * The flows of an "Add new NodePort" block, with its {@code $LocalNodePortNew} and the main block's
     * variables substituted.
     */
    public static List<String> newPortFlows(String fixture) {
        return flows(ClasspathFixtures.read(fixture) + "\n" + ClasspathFixtures.read(FIXTURE)).stream()
                .filter(flow -> flow.contains("tp_dst=") && !flows().contains(flow)).toList();
    }

    private static List<String> flows(String block) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("GwIP", GATEWAY_IP);
        List<String> flows = new ArrayList<>();
        for (String line : block.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("$") && trimmed.contains("=")) {
                int equals = trimmed.indexOf('=');
                String value = trimmed.substring(equals + 1);
                if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
                    variables.putIfAbsent(trimmed.substring(1, equals), value.substring(1, value.length() - 1));
                } else if (value.matches("[\\w.]+")) {
                    variables.putIfAbsent(trimmed.substring(1, equals), value);
                }
            } else if (trimmed.startsWith(ADD_FLOW) && trimmed.endsWith("\"")) {
                flows.add(trimmed.substring(ADD_FLOW.length(), trimmed.length() - 1));
            }
        }
        List<String> names = new ArrayList<>(variables.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        List<String> substituted = new ArrayList<>();
        for (String flow : flows) {
            String text = flow;
            for (String name : names) {
                text = text.replace("$" + name, variables.get(name));
            }
            substituted.add(text);
        }
        return substituted;
    }
}
