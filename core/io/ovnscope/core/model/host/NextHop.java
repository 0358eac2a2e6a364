package io.ovnscope.core.model.host;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** One {@code nexthop via ... dev ... weight N} of a multipath route. */
public record NextHop(Optional<String> via, Optional<String> device, OptionalInt weight, List<String> flags) {
    public NextHop {
        flags = List.copyOf(flags);
    }
}
