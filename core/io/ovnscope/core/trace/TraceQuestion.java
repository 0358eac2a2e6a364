package io.ovnscope.core.trace;

import java.util.Objects;

/**
 * What the user asks: where a packet goes from {@code from} to {@code to}.
 *
 * @param from     a pod's name (or namespace/name), an IP address, or {@code host} for the node itself
 * @param to       a pod's name, an IP address, or IP:port (a service VIP, a node port, an external address)
 * @param protocol the transport; the source port of a TCP or UDP packet is an ephemeral one the seed leaves out
 */
public record TraceQuestion(String from, String to, TraceProtocol protocol) {
    public static final String HOST = "host";

    public TraceQuestion {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(protocol, "protocol");
        from = from.trim();
        to = to.trim();
    }
}
