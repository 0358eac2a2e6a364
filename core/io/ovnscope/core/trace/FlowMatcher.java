package io.ovnscope.core.trace;

import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.net.IpPrefix;
import io.ovnscope.core.model.net.MacAddress;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.MatchField;
import io.ovnscope.core.model.openflow.PortRef;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Evaluates an OpenFlow match against a packet, field by field, the way ovs-vswitchd does for the fields the
 * trace tracks. A field it does not track makes the answer "unknown", never a guess.
 */
final class FlowMatcher {
    private static final Map<String, Integer> CT_FLAGS = Map.of("new", FlowPacket.CT_NEW,
            "est", FlowPacket.CT_ESTABLISHED, "rel", FlowPacket.CT_RELATED, "rpl", FlowPacket.CT_REPLY,
            "inv", FlowPacket.CT_INVALID, "trk", FlowPacket.CT_TRACKED, "snat", FlowPacket.CT_SNAT,
            "dnat", FlowPacket.CT_DNAT);

    private final Function<PortRef, Optional<Long>> ports;

    /** @param ports resolves a port as a flow names it (number, LOCAL, a possibly cut name) to its number */
    FlowMatcher(Function<PortRef, Optional<Long>> ports) {
        this.ports = ports;
    }

    /** A field that surely differs rejects the flow even when another field cannot be evaluated. */
    MatchResult matches(Flow flow, FlowPacket packet) {
        MatchResult unknown = null;
        for (MatchField field : flow.match()) {
            MatchResult result = matches(field, packet);
            if (result.unknown()) {
                unknown = unknown == null ? result : unknown;
            } else if (!result.matched()) {
                return result;
            }
        }
        return unknown == null ? MatchResult.MATCH : unknown;
    }

    private MatchResult matches(MatchField field, FlowPacket packet) {
        String name = field.name();
        if (field.isShorthand()) {
            return shorthand(name, packet);
        }
        try {
            return valueMatch(name, field, packet);
        } catch (IllegalArgumentException e) {
            return MatchResult.unknown(field.text());
        }
    }

    private static MatchResult shorthand(String name, FlowPacket packet) {
        boolean v6 = packet.nwDst.v6();
        switch (name) {
            case "ip": case "ipv4":
                return of(!v6);
            case "ipv6":
                return of(v6);
            case "tcp": case "udp": case "icmp":
                return of(!v6 && packet.protocol.label().equals(name));
            case "tcp6": case "udp6":
                return of(v6 && packet.protocol.label().equals(name.substring(0, 3)));
            case "icmp6":
                return of(v6 && packet.protocol == TraceProtocol.ICMP);
            case "arp": case "rarp": case "sctp": case "sctp6": case "mpls": case "mplsm":
                return MatchResult.NO_MATCH;
            default:
                return MatchResult.unknown(name);
        }
    }

    private MatchResult valueMatch(String name, MatchField field, FlowPacket packet) {
        switch (name) {
            case "in_port": {
                Optional<Long> port = ports.apply(field.port());
                return port.isEmpty() ? MatchResult.unknown(field.text()) : of(port.get() == packet.inPort);
            }
            case "dl_type": case "eth_type":
                return of(number(field.value()) == (packet.nwDst.v6() ? 0x86dd : 0x0800));
            case "nw_proto": case "ip_proto":
                return of(number(field.value()) == packet.protocol.number());
            case "nw_src": case "ip_src": case "ipv6_src":
                return address(field, packet.nwSrc);
            case "nw_dst": case "ip_dst": case "ipv6_dst":
                return address(field, packet.nwDst);
            case "dl_src": case "eth_src":
                return mac(field, packet.dlSrc);
            case "dl_dst": case "eth_dst":
                return mac(field, packet.dlDst);
            case "tp_src": case "tcp_src": case "udp_src":
                return port(field, packet.tpSrc);
            case "tp_dst": case "tcp_dst": case "udp_dst":
                return port(field, packet.tpDst);
            case "metadata":
                return masked(field, packet.metadata);
            case "pkt_mark":
                return masked(field, packet.packetMark);
            case "ct_zone":
                return masked(field, packet.ctZone);
            case "ct_mark":
                return masked(field, packet.ctMark);
            case "ct_state":
                return ctState(field, packet.ctState);
            default:
                if (name.startsWith("reg") && name.length() <= 5) {
                    int index = Integer.parseInt(name.substring(3));
                    if (index < 16) {
                        return masked(field, packet.registers[index]);
                    }
                }
                return MatchResult.unknown(field.text());
        }
    }

    private static MatchResult address(MatchField field, IpAddress actual) {
        Optional<IpAddress> value = IpAddress.parse(field.value());
        if (value.isEmpty()) {
            return MatchResult.unknown(field.text());
        }
        if (value.get().v6() != actual.v6()) {
            return MatchResult.NO_MATCH;
        }
        if (field.mask() == null) {
            return of(value.get().equals(actual));
        }
        Optional<IpPrefix> prefix = field.mask().contains(".") || field.mask().contains(":")
                ? IpAddress.parse(field.mask()).flatMap(mask -> contiguous(value.get(), mask))
                : IpPrefix.parse(field.value() + "/" + field.mask());
        return prefix.map(p -> of(p.contains(actual))).orElse(MatchResult.unknown(field.text()));
    }

    /** A dotted mask is a prefix only when its ones are contiguous; other masks are not evaluated. */
    private static Optional<IpPrefix> contiguous(IpAddress value, IpAddress mask) {
        if (mask.v6()) {
            return Optional.empty();
        }
        long bits = mask.low();
        int ones = Long.bitCount(bits);
        long expected = ones == 0 ? 0 : (0xFFFFFFFFL << (32 - ones)) & 0xFFFFFFFFL;
        return bits == expected ? Optional.of(new IpPrefix(value.masked(ones), ones)) : Optional.empty();
    }

    private static MatchResult mac(MatchField field, Long actual) {
        Optional<MacAddress> value = MacAddress.parse(field.value());
        if (value.isEmpty()) {
            return MatchResult.unknown(field.text());
        }
        if (actual == null) {
            return MatchResult.unknown(field.text() + " (the Ethernet address is not known here)");
        }
        long mask = field.mask() == null ? 0xFFFFFFFFFFFFL
                : MacAddress.parse(field.mask()).map(MacAddress::bits).orElseThrow(IllegalArgumentException::new);
        return of((value.get().bits() & mask) == (actual & mask));
    }

    private static MatchResult port(MatchField field, Integer actual) {
        if (actual == null) {
            return MatchResult.NO_MATCH;
        }
        return masked(field, actual);
    }

    private static MatchResult masked(MatchField field, long actual) {
        long value = number(field.value());
        long mask = field.mask() == null ? -1L : number(field.mask());
        return of((value & mask) == (actual & mask));
    }

    private static MatchResult ctState(MatchField field, int actual) {
        String text = field.value();
        if (text.startsWith("0x") || Character.isDigit(text.charAt(0))) {
            return masked(field, actual);
        }
        int at = 0;
        while (at < text.length()) {
            char sign = text.charAt(at);
            if (sign != '+' && sign != '-') {
                return MatchResult.unknown(field.text());
            }
            int end = at + 1;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            Integer flag = CT_FLAGS.get(text.substring(at + 1, end));
            if (flag == null) {
                return MatchResult.unknown(field.text());
            }
            boolean set = (actual & flag) != 0;
            if (set != (sign == '+')) {
                return MatchResult.NO_MATCH;
            }
            at = end;
        }
        return MatchResult.MATCH;
    }

    static long number(String text) {
        String value = text.trim();
        if (value.startsWith("0x") || value.startsWith("0X")) {
            return Long.parseUnsignedLong(value.substring(2), 16);
        }
        return Long.parseLong(value);
    }

    private static MatchResult of(boolean matched) {
        return matched ? MatchResult.MATCH : MatchResult.NO_MATCH;
    }
}
