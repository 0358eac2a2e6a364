package io.ovnscope.core.model.k8s;

import java.util.Optional;

/** A port of an Endpoints subset or EndpointSlice: the backend's port, named after the service port. */
public record EndpointPort(Optional<String> name, String protocol, int port) {
}
