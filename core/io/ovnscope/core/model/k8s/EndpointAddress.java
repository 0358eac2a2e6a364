package io.ovnscope.core.model.k8s;

import java.util.Optional;

/**
 * One backend address of an Endpoints subset or an EndpointSlice endpoint.
 *
 * @param target the object behind it as {@code Kind/namespace/name} ({@code Pod/default/pod-2}), if known
 */
public record EndpointAddress(String ip, boolean ready, Optional<String> nodeName, Optional<String> target) {
}
