package io.ovnscope.core.trace;

import io.ovnscope.core.model.net.IpEndpoint;
import io.ovnscope.core.model.ovn.LoadBalancer;
import io.ovnscope.core.model.ovn.LoadBalancerVip;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the load balancer VIP a packet hits (address, port and protocol; a VIP without a port takes every
 * port) and picks the backend the trace follows: the first, named as such, the others listed in a note.
 */
final class LoadBalancing {
    private LoadBalancing() {
    }

    record Hit(LoadBalancer loadBalancer, LoadBalancerVip vip) {
        Optional<IpEndpoint> backend(IpEndpoint destination) {
            if (vip.backends().isEmpty()) {
                return Optional.empty();
            }
            IpEndpoint chosen = vip.backends().get(0);
            return Optional.of(chosen.port().isPresent() ? chosen : new IpEndpoint(chosen.address(), destination.port()));
        }

        String others() {
            return vip.backends().stream().skip(1).map(IpEndpoint::toString).collect(Collectors.joining(", "));
        }

        /** The row as {@code ovn-nbctl ls-lb-list} and {@code lr-lb-list} print it. */
        String text() {
            String backends = vip.backends().stream().map(IpEndpoint::toString).collect(Collectors.joining(","));
            return loadBalancer.uuid() + "    " + loadBalancer.name() + "    " + loadBalancer.effectiveProtocol()
                    + "    " + vip.vip() + "    " + backends;
        }
    }

    /** What a load balancer did: the DNATed packet and its row's comment and evidence. */
    record Balanced(Packet packet, String comment, Evidence evidence) {
    }

    /**
     * Applies the first VIP of {@code loadBalancers} the packet hits, listed by {@code listing} (the nbctl
     * command that shows them). Empty when none is hit, or when the VIP has no backend: then the trace has
     * its row and its stop, as OVN rejects such a connection.
     */
    static Optional<Balanced> apply(List<LoadBalancer> loadBalancers, String listing, Packet packet, Hop hop,
                                    TraceLog log) {
        Optional<Hit> hit = find(loadBalancers, packet);
        if (hit.isEmpty()) {
            return Optional.empty();
        }
        Evidence evidence = new Evidence(listing, 0, hit.get().text());
        Optional<IpEndpoint> backend = hit.get().backend(packet.dst());
        if (backend.isEmpty()) {
            log.row(hop, packet, "the load balancer has no endpoint for " + packet.dst(), List.of(evidence));
            log.stop(hop, "load balancer " + hit.get().loadBalancer().name() + " has no backends for "
                    + hit.get().vip().vip() + ": OVN rejects the connection");
            return Optional.empty();
        }
        if (!hit.get().others().isEmpty()) {
            log.note("the service " + hit.get().vip().vip() + " has " + hit.get().vip().backends().size()
                    + " endpoints; the trace follows " + backend.get() + " (others: " + hit.get().others() + ")");
        }
        return Optional.of(new Balanced(packet.withDst(backend.get()), "a loadbalancer rule DNAT's the service IP "
                + packet.dst() + " to endpoint " + backend.get(), evidence));
    }

    private static Optional<Hit> find(List<LoadBalancer> loadBalancers, Packet packet) {
        for (LoadBalancer loadBalancer : loadBalancers) {
            for (LoadBalancerVip vip : loadBalancer.vips()) {
                if (hits(loadBalancer, vip, packet)) {
                    return Optional.of(new Hit(loadBalancer, vip));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hits(LoadBalancer loadBalancer, LoadBalancerVip vip, Packet packet) {
        if (!vip.vip().address().equals(packet.dst().address())) {
            return false;
        }
        if (vip.vip().port().isEmpty()) {
            return true;
        }
        return loadBalancer.effectiveProtocol().equals(packet.protocol().label())
                && packet.dst().port().isPresent()
                && packet.dst().port().getAsInt() == vip.vip().port().getAsInt();
    }
}
