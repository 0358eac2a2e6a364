package io.ovnscope.collectors.parse.host;

import com.fasterxml.jackson.databind.JsonNode;
import io.ovnscope.collectors.parse.OutputParser;
import io.ovnscope.collectors.parse.TextLines;
import io.ovnscope.core.model.host.AddressFamily;
import io.ovnscope.core.model.host.HostAddresses;
import io.ovnscope.core.model.host.InterfaceAddress;
import io.ovnscope.core.model.host.NetInterface;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Reads {@code ip -j addr} / {@code ip -j -p addr show} / {@code ip -j -d addr} into interfaces. */
public final class IpAddressJsonParser implements OutputParser<NetInterface> {
    /** The kernel's "forever" lifetime, as ip -j prints it. */
    private static final long FOREVER = 4294967295L;
    /** Interface fields ip prints that the model does not need; others are reported as unknown. */
    private static final Set<String> IGNORED = Set.of("qdisc", "group", "txqlen", "link_netnsid", "promiscuity",
            "allmulti", "min_mtu", "max_mtu", "inet6_addr_gen_mode", "num_tx_queues", "num_rx_queues",
            "gso_max_size", "gso_max_segs", "tso_max_size", "tso_max_segs", "gro_max_size", "gso_ipv4_max_size",
            "gro_ipv4_max_size", "parentbus", "parentdev", "linkmode", "permaddr", "stats64", "stats", "vfinfo_list",
            "xdp", "proto_down", "phys_port_name", "phys_port_id", "phys_switch_id", "netns", "carrier_changes",
            "carrier_up_count", "carrier_down_count", "ifalias", "event", "nsid", "new_nsid", "new_ifindex");
    private static final Set<String> USED = Set.of("ifindex", "link_index", "ifname", "link", "flags", "mtu", "master",
            "operstate", "link_type", "address", "broadcast", "altnames", "linkinfo", "addr_info");
    private static final Set<String> ADDRESS_KEYS = Set.of("family", "local", "address", "prefixlen", "broadcast",
            "scope", "label", "valid_life_time", "preferred_life_time", "metric", "anycast", "protocol");

    @Override
    public Parsed<NetInterface> parse(String text) {
        JsonItems.Read read = JsonItems.read(text, "");
        List<Problem> problems = new ArrayList<>(read.problems());
        List<TextLines.Line> lines = TextLines.of(text == null ? "" : text);
        List<NetInterface> interfaces = new ArrayList<>();
        for (JsonItems.Item item : read.items()) {
            String lineText = item.line() <= lines.size() ? lines.get(item.line() - 1).text() : "";
            Optional<NetInterface> one = link(item, lineText, problems);
            one.ifPresent(interfaces::add);
        }
        return new Parsed<>(interfaces, problems);
    }

    private static Optional<NetInterface> link(JsonItems.Item item, String lineText, List<Problem> problems) {
        JsonNode node = item.node();
        if (!node.isObject() || !node.path("ifname").isTextual() || !node.path("ifindex").canConvertToInt()) {
            problems.add(new Problem(item.line(), lineText,
                    "an item without ifindex and ifname is not an interface of ip -j addr; skipped"));
            return Optional.empty();
        }
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!USED.contains(name) && !IGNORED.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(new Problem(item.line(), lineText, "interface " + node.path("ifname").asText()
                    + " has fields ovnscope does not know, left out: " + String.join(", ", unknown)));
        }
        Optional<String> peer = text(node, "link");
        if (peer.isEmpty() && node.path("link_index").canConvertToInt()) {
            peer = Optional.of("if" + node.path("link_index").asInt());
        }
        JsonNode info = node.path("linkinfo");
        List<InterfaceAddress> addresses = new ArrayList<>();
        for (JsonNode address : node.path("addr_info")) {
            address(address, node.path("ifname").asText(), item.line(), lineText, problems).ifPresent(addresses::add);
        }
        return Optional.of(new NetInterface(item.line(), node.path("ifindex").asInt(), node.path("ifname").asText(),
                peer, strings(node.path("flags")), node.path("mtu").canConvertToInt()
                        ? OptionalInt.of(node.path("mtu").asInt()) : OptionalInt.empty(),
                text(node, "master"), text(node, "operstate"), text(node, "link_type"), text(node, "address"),
                text(node, "broadcast"), strings(node.path("altnames")), text(info, "info_kind"),
                text(info, "info_slave_kind"), List.of(), addresses));
    }

    private static Optional<InterfaceAddress> address(JsonNode node, String ifname, int line, String lineText,
                                                      List<Problem> problems) {
        String local = node.path("local").asText("");
        String family = node.path("family").asText("");
        if (!HostAddresses.isAddress(local) || !node.path("prefixlen").canConvertToInt()) {
            problems.add(new Problem(line, lineText, "an address of " + ifname
                    + " has no usable local/prefixlen (family " + family + "); skipped"));
            return Optional.empty();
        }
        List<String> flags = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getValue().isBoolean() && field.getValue().asBoolean()) {
                flags.add(field.getKey());
            } else if (!ADDRESS_KEYS.contains(field.getKey()) && !field.getValue().isBoolean()) {
                problems.add(new Problem(line, lineText, "an address of " + ifname + " has a field ovnscope does"
                        + " not know, left out: " + field.getKey()));
            }
        }
        AddressFamily addressFamily = family.equals("inet6") ? AddressFamily.IPV6
                : family.equals("inet") ? AddressFamily.IPV4 : HostAddresses.family(local);
        return Optional.of(new InterfaceAddress(addressFamily, local, node.path("prefixlen").asInt(),
                text(node, "address"), text(node, "broadcast"), text(node, "scope"), text(node, "label"), flags,
                lifetime(node.path("valid_life_time")), lifetime(node.path("preferred_life_time"))));
    }

    private static Optional<String> lifetime(JsonNode node) {
        if (!node.canConvertToLong()) {
            return Optional.empty();
        }
        long seconds = node.asLong();
        return Optional.of(seconds == FOREVER ? "forever" : seconds + "sec");
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode value : array) {
            if (value.isValueNode()) {
                out.add(value.asText());
            }
        }
        return out;
    }
}
