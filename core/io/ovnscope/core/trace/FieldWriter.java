package io.ovnscope.core.trace;

import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.net.MacAddress;
import io.ovnscope.core.model.openflow.FieldRef;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads and writes the packet fields that load, move, set_field and mod_* actions name, in OVS's and NXM's
 * spellings, whole or as a bit slice. A field it does not track is reported, not ignored.
 */
final class FieldWriter {
    private FieldWriter() {
    }

    /** Writes {@code value} into the field; false when the field is not one the trace tracks. */
    static boolean write(FlowPacket packet, FieldRef ref, String value) {
        String field = canonical(ref.field());
        switch (field) {
            case "eth_dst":
                return macValue(value).map(mac -> { packet.dlDst = mac; return true; }).orElse(false);
            case "eth_src":
                return macValue(value).map(mac -> { packet.dlSrc = mac; return true; }).orElse(false);
            case "ip_src":
                return IpAddress.parse(value).map(ip -> { packet.nwSrc = ip; return true; }).orElse(false);
            case "ip_dst":
                return IpAddress.parse(value).map(ip -> { packet.nwDst = ip; return true; }).orElse(false);
            case "tp_src":
                packet.tpSrc = (int) FlowMatcher.number(value);
                return true;
            case "tp_dst":
                packet.tpDst = (int) FlowMatcher.number(value);
                return true;
            default:
                return writeNumber(packet, field, ref, FlowMatcher.number(value));
        }
    }

    /** Copies a numeric field slice to another (move); false when either is not tracked. */
    static boolean move(FlowPacket packet, FieldRef source, FieldRef destination) {
        Optional<Long> value = readNumber(packet, canonical(source.field()));
        if (value.isEmpty()) {
            return false;
        }
        int start = source.start() == null ? 0 : source.start();
        int end = source.end() == null ? 63 : source.end();
        long bits = slice(value.get(), start, end);
        return writeNumber(packet, canonical(destination.field()), destination, bits);
    }

    private static boolean writeNumber(FlowPacket packet, String field, FieldRef ref, long value) {
        Optional<Long> current = readNumber(packet, field);
        if (current.isEmpty()) {
            return false;
        }
        long updated = ref.start() == null ? value : place(current.get(), value, ref.start(), ref.end());
        if (field.startsWith("reg")) {
            packet.registers[Integer.parseInt(field.substring(3))] = updated & 0xFFFFFFFFL;
            return true;
        }
        switch (field) {
            case "metadata":
                packet.metadata = updated;
                return true;
            case "pkt_mark":
                packet.packetMark = updated & 0xFFFFFFFFL;
                return true;
            case "ct_mark":
                packet.ctMark = updated & 0xFFFFFFFFL;
                return true;
            default:
                return false;
        }
    }

    private static Optional<Long> readNumber(FlowPacket packet, String field) {
        if (field.startsWith("reg") && field.length() <= 5) {
            try {
                int index = Integer.parseInt(field.substring(3));
                return index < 16 ? Optional.of(packet.registers[index]) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        switch (field) {
            case "metadata":
                return Optional.of(packet.metadata);
            case "pkt_mark":
                return Optional.of(packet.packetMark);
            case "ct_mark":
                return Optional.of(packet.ctMark);
            case "ct_zone":
                return Optional.of(packet.ctZone);
            case "in_port":
                return Optional.of(packet.inPort);
            case "eth_dst":
                return Optional.ofNullable(packet.dlDst);
            case "eth_src":
                return Optional.ofNullable(packet.dlSrc);
            case "ip_src":
                return Optional.of(packet.nwSrc.low());
            case "ip_dst":
                return Optional.of(packet.nwDst.low());
            default:
                return Optional.empty();
        }
    }

    /** One spelling per field: reg3 for NXM_NX_REG3, eth_dst for dl_dst and NXM_OF_ETH_DST, ... */
    static String canonical(String field) {
        String name = field.toLowerCase(Locale.ROOT);
        if (name.startsWith("nxm_nx_reg")) {
            return "reg" + name.substring("nxm_nx_reg".length());
        }
        switch (name) {
            case "dl_dst": case "nxm_of_eth_dst": case "mod_dl_dst":
                return "eth_dst";
            case "dl_src": case "nxm_of_eth_src": case "mod_dl_src":
                return "eth_src";
            case "nw_src": case "nxm_of_ip_src": case "ipv4_src":
                return "ip_src";
            case "nw_dst": case "nxm_of_ip_dst": case "ipv4_dst":
                return "ip_dst";
            case "tcp_src": case "udp_src": case "nxm_of_tcp_src": case "nxm_of_udp_src":
                return "tp_src";
            case "tcp_dst": case "udp_dst": case "nxm_of_tcp_dst": case "nxm_of_udp_dst":
                return "tp_dst";
            case "nxm_nx_pkt_mark":
                return "pkt_mark";
            case "nxm_nx_ct_mark":
                return "ct_mark";
            case "nxm_of_in_port":
                return "in_port";
            case "oxm_of_metadata":
                return "metadata";
            default:
                return name;
        }
    }

    private static Optional<Long> macValue(String value) {
        return MacAddress.parse(value).map(MacAddress::bits);
    }

    private static long slice(long value, int start, int end) {
        int width = end - start + 1;
        long mask = width >= 64 ? -1L : (1L << width) - 1;
        return (value >>> start) & mask;
    }

    private static long place(long current, long value, int start, int end) {
        int width = end - start + 1;
        long mask = (width >= 64 ? -1L : (1L << width) - 1) << start;
        return (current & ~mask) | ((value << start) & mask);
    }
}
