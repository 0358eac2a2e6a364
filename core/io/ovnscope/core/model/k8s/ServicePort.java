package io.ovnscope.core.model.k8s;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One port of a service.
 *
 * @param targetPort a number ({@code 8080}) or a container port name ({@code dns}) as given; empty when
 *                   not set (then it equals {@code port})
 */
public record ServicePort(Optional<String> name, String protocol, int port, Optional<String> targetPort,
                          OptionalInt nodePort) {
    /** The target port when it is a number. A name needs the pod's container ports or the endpoints. */
    public OptionalInt targetPortNumber() {
        if (targetPort.isEmpty()) {
            return OptionalInt.of(port);
        }
        String text = targetPort.get();
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(text));
    }
}
