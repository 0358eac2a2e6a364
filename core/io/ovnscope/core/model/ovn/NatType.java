package io.ovnscope.core.model.ovn;

import java.util.Optional;

/** The kind of a NAT row. */
public enum NatType {
    SNAT("snat"), DNAT("dnat"), DNAT_AND_SNAT("dnat_and_snat");

    private final String text;

    NatType(String text) {
        this.text = text;
    }

    public static Optional<NatType> parse(String text) {
        for (NatType type : values()) {
            if (type.text.equals(text)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return text;
    }
}
