package io.ovnscope.core.topology;

import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.net.IpPrefix;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds elements by name or address for the window's search box: what the user typed, matched without regard
 * to case, best matches first. Tiers: the name or an address is exactly the query; the name or an address
 * contains it; and, when the query is an IP address, elements with a network that holds it (the router port
 * 10.42.0.1/24 and the switch 10.42.0.0/24 for 10.42.0.12). Within a tier, graph order.
 */
public final class ElementSearch {
    private ElementSearch() {
    }

    public static List<TopologyElement> find(Topology topology, String query) {
        String wanted = query.trim().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        Optional<IpAddress> ip = IpAddress.parse(wanted);
        List<TopologyElement> exact = new ArrayList<>();
        List<TopologyElement> partial = new ArrayList<>();
        List<TopologyElement> network = new ArrayList<>();
        for (TopologyElement element : topology.graph().vertexSet()) {
            List<String> texts = new ArrayList<>();
            texts.add(element.name().toLowerCase(Locale.ROOT));
            element.addresses().forEach(a -> texts.add(a.toLowerCase(Locale.ROOT)));
            if (texts.stream().anyMatch(t -> t.equals(wanted) || t.startsWith(wanted + "/"))) {
                exact.add(element);
            } else if (texts.stream().anyMatch(t -> t.contains(wanted))) {
                partial.add(element);
            } else if (ip.isPresent() && holds(element, ip.get())) {
                network.add(element);
            }
        }
        List<TopologyElement> found = new ArrayList<>(exact);
        found.addAll(partial);
        found.addAll(network);
        return found;
    }

    private static boolean holds(TopologyElement element, IpAddress address) {
        for (String text : element.addresses()) {
            if (text.contains("/")) {
                Optional<IpPrefix> prefix = IpPrefix.parse(text);
                if (prefix.isPresent() && !prefix.get().isHost() && prefix.get().contains(address)) {
                    return true;
                }
            }
        }
        return false;
    }
}
