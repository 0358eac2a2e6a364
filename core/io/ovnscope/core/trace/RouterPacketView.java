package io.ovnscope.core.trace;

import io.ovnscope.core.model.net.IpEndpoint;
import io.ovnscope.core.model.ovn.match.FieldValue;
import io.ovnscope.core.model.ovn.match.PacketView;

/** The packet as a logical router's policy match sees it: OVN's field names over the trace's packet. */
final class RouterPacketView implements PacketView {
    private final Packet packet;
    private final String inport;

    RouterPacketView(Packet packet, String inport) {
        this.packet = packet;
        this.inport = inport;
    }

    @Override
    public FieldValue field(String name) {
        boolean v6 = packet.dst().address().v6();
        String transport = packet.protocol().label();
        switch (name) {
            case "inport":
                return new FieldValue.Text(inport);
            case "ip":
                return new FieldValue.Flag(true);
            case "ip4":
                return new FieldValue.Flag(!v6);
            case "ip6":
                return new FieldValue.Flag(v6);
            case "ip4.src": case "ip6.src":
                return address(name, packet.src(), v6);
            case "ip4.dst": case "ip6.dst":
                return address(name, packet.dst(), v6);
            case "tcp": case "udp":
                return new FieldValue.Flag(transport.equals(name));
            case "icmp": case "icmp4":
                return new FieldValue.Flag(!v6 && packet.protocol() == TraceProtocol.ICMP);
            case "icmp6":
                return new FieldValue.Flag(v6 && packet.protocol() == TraceProtocol.ICMP);
            case "tcp.src": case "udp.src":
                return port(name, packet.src());
            case "tcp.dst": case "udp.dst":
                return port(name, packet.dst());
            default:
                return FieldValue.UNKNOWN;
        }
    }

    private static FieldValue address(String name, IpEndpoint endpoint, boolean v6) {
        boolean wanted6 = name.startsWith("ip6");
        return wanted6 == v6 ? new FieldValue.Address(endpoint.address()) : FieldValue.ABSENT;
    }

    private FieldValue port(String name, IpEndpoint endpoint) {
        if (!name.startsWith(packet.protocol().label()) || endpoint.port().isEmpty()) {
            return name.startsWith(packet.protocol().label()) ? FieldValue.UNKNOWN : FieldValue.ABSENT;
        }
        return new FieldValue.Number(endpoint.port().getAsInt());
    }
}
