package io.ovnscope.core.model.openflow;

/**
 * A Controller or Manager of {@code ovs-vsctl show}.
 *
 * @param target    the connection target, such as {@code tcp:127.0.0.1:6633}
 * @param connected is_connected:, or null when not printed
 */
public record OvsTarget(String target, Boolean connected) {
}
