package io.ovnscope.core.model.host;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One address of an interface ({@code inet 10.42.0.2/24 brd 10.42.0.255 scope global ovn-k8s-mp0}).
 *
 * @param flags            words such as {@code dynamic}, {@code secondary}, {@code noprefixroute}
 * @param validLifetime    {@code forever} or seconds as {@code 2339sec}; empty when not printed
 */
public record InterfaceAddress(AddressFamily family, String address, int prefixLength, Optional<String> peer,
                               Optional<String> broadcast, Optional<String> scope, Optional<String> label,
                               List<String> flags, Optional<String> validLifetime,
                               Optional<String> preferredLifetime) {
    public InterfaceAddress {
        Objects.requireNonNull(address, "address");
        flags = List.copyOf(flags);
    }

    public String cidr() {
        return address + "/" + prefixLength;
    }

    public InterfaceAddress withLifetimes(String valid, String preferred) {
        return new InterfaceAddress(family, address, prefixLength, peer, broadcast, scope, label, flags,
                Optional.of(valid), Optional.of(preferred));
    }
}
