package io.ovnscope.core.trace;

import io.ovnscope.core.model.openflow.BridgeFeatures;
import io.ovnscope.core.model.openflow.OpenFlowPort;
import io.ovnscope.core.model.openflow.OvsBridge;
import io.ovnscope.core.model.openflow.OvsInterface;
import io.ovnscope.core.model.openflow.OvsPort;
import io.ovnscope.core.model.openflow.PortRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A bridge's ports: numbers and names from {@code ovs-ofctl show}, interface types and patch peers from
 * {@code ovs-vsctl show}. Names in {@code --names} dumps and in {@code ovs-ofctl show} may be cut to 15
 * characters, so a name matches a port whose full name starts with it.
 */
final class BridgePorts {
    private final String bridge;
    private final Map<Long, String> names = new LinkedHashMap<>();
    private final Map<String, OvsInterface> interfaces = new LinkedHashMap<>();

    BridgePorts(String bridge, Optional<BridgeFeatures> features, Optional<OvsBridge> config) {
        this.bridge = bridge;
        features.ifPresent(found -> {
            for (OpenFlowPort port : found.ports()) {
                if (port.port() instanceof PortRef.Numbered) {
                    names.put(((PortRef.Numbered) port.port()).number(), port.name());
                }
            }
        });
        config.ifPresent(found -> {
            for (OvsPort port : found.ports()) {
                for (OvsInterface face : port.interfaces()) {
                    interfaces.put(face.name(), face);
                }
            }
        });
    }

    String bridge() {
        return bridge;
    }

    Optional<Long> number(PortRef port) {
        if (port instanceof PortRef.Numbered) {
            return Optional.of(((PortRef.Numbered) port).number());
        }
        if (port instanceof PortRef.Reserved) {
            return "LOCAL".equals(((PortRef.Reserved) port).name()) ? Optional.of(FlowPacket.LOCAL_PORT)
                    : Optional.empty();
        }
        String name = ((PortRef.Named) port).name();
        if (name.equals(bridge)) {
            return Optional.of(FlowPacket.LOCAL_PORT);
        }
        return names.entrySet().stream()
                .filter(entry -> entry.getValue().equals(name) || fullName(entry.getValue()).equals(name))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** The port's full name: the interface that ovs-vsctl names, when ofctl's name is a cut prefix of it. */
    String name(long number) {
        if (number == FlowPacket.LOCAL_PORT) {
            return bridge;
        }
        String shown = names.get(number);
        return shown == null ? "port " + number : fullName(shown);
    }

    private String fullName(String shown) {
        if (interfaces.containsKey(shown)) {
            return shown;
        }
        return interfaces.keySet().stream().filter(full -> full.startsWith(shown)).findFirst().orElse(shown);
    }

    /** The ports that lead out of the node: not LOCAL, not a patch port, not an internal port. */
    List<Long> physical() {
        List<Long> found = new ArrayList<>();
        for (Map.Entry<Long, String> entry : names.entrySet()) {
            OvsInterface face = interfaces.get(fullName(entry.getValue()));
            String type = face == null ? "" : face.type();
            if (!"patch".equals(type) && !"internal".equals(type) && !fullName(entry.getValue()).startsWith("patch-")) {
                found.add(entry.getKey());
            }
        }
        return found;
    }

    boolean internal(long number) {
        return Optional.ofNullable(interfaces.get(name(number))).filter(face -> "internal".equals(face.type())).isPresent();
    }

    /** The patch interface of this port number, when it is one. */
    Optional<OvsInterface> patch(long number) {
        return Optional.ofNullable(interfaces.get(name(number))).filter(face -> "patch".equals(face.type()));
    }

    /** The number of the patch port whose name carries {@code text} (ovn-controller names them after the localnet port). */
    Optional<Long> patchNamed(String text) {
        for (Map.Entry<Long, String> entry : names.entrySet()) {
            String full = fullName(entry.getValue());
            OvsInterface face = interfaces.get(full);
            boolean patch = face == null ? full.startsWith("patch-") : "patch".equals(face.type());
            if (patch && patchCarries(full, text)) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a patch port's name carries the localnet port's name, as ovn-controller names them
     * ({@code patch-<localnet>-to-br-int}; its peer on the integration bridge is {@code patch-br-int-to-<localnet>}),
     * also when the name shown was cut to 15 characters.
     */
    static boolean patchCarries(String patchName, String localnetPort) {
        String expected = "patch-" + localnetPort + "-to-";
        return patchName.startsWith(expected) || (patchName.length() == 15 && expected.startsWith(patchName));
    }
}
