package io.ovnscope.core.model.openflow;

import java.util.List;

/**
 * The nat(...) argument of ct(). {@code nat} alone (kind NONE) applies the NAT already on the connection.
 *
 * @param kind        SRC, DST or NONE
 * @param addressMin  first address, or null; IPv6 without brackets
 * @param addressMax  last address of a range, or null
 * @param portMin     first port, or null
 * @param portMax     last port of a range, or null
 * @param flags       persistent, hash, random, in the order written
 */
public record Nat(Kind kind, String addressMin, String addressMax, Integer portMin, Integer portMax,
                  List<String> flags) {

    public enum Kind { NONE, SRC, DST }

    public Nat {
        flags = List.copyOf(flags);
    }

    public String text() {
        if (kind == Kind.NONE && flags.isEmpty()) {
            return "nat";
        }
        StringBuilder out = new StringBuilder("nat(");
        if (kind != Kind.NONE) {
            out.append(kind == Kind.SRC ? "src" : "dst");
            if (addressMin != null) {
                out.append('=').append(address(addressMin));
                if (addressMax != null) {
                    out.append('-').append(address(addressMax));
                }
                if (portMin != null) {
                    out.append(':').append(portMin);
                    if (portMax != null) {
                        out.append('-').append(portMax);
                    }
                }
            }
        }
        for (String flag : flags) {
            if (out.charAt(out.length() - 1) != '(') {
                out.append(',');
            }
            out.append(flag);
        }
        return out.append(')').toString();
    }

    private static String address(String address) {
        return address.indexOf(':') >= 0 ? "[" + address + "]" : address;
    }
}
