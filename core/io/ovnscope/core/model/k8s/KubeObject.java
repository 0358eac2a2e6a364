package io.ovnscope.core.model.k8s;

/** A Kubernetes object ovnscope reads: where pods are, what services expose, and which endpoints back them. */
public sealed interface KubeObject permits Pod, Service, Endpoints, EndpointSlice, KubeNode {
    /** Empty for cluster-scoped objects (nodes). */
    String namespace();

    String name();

    /** 1-based line of the raw JSON where this object starts (evidence for the trace). */
    int line();
}
