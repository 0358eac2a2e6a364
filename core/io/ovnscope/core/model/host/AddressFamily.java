package io.ovnscope.core.model.host;

/** IPv4 or IPv6; UNKNOWN where the output does not tell (a {@code default} route with no gateway). */
public enum AddressFamily {
    IPV4, IPV6, UNKNOWN
}
