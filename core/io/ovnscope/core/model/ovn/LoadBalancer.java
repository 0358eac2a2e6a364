package io.ovnscope.core.model.ovn;

import java.util.List;
import java.util.Map;

/**
 * A row of Load_Balancer.
 *
 * @param name       the name; {@code ls-lb-list}/{@code lr-lb-list} cut it to 16 characters ({@link #nameCut()})
 * @param protocol   {@code tcp}, {@code udp}, {@code sctp}, or "" when unset (OVN then treats it as tcp)
 * @param vips       the VIPs in the order the output wrote them
 * @param nameCut    true when the output showed only the start of the name
 */
public record LoadBalancer(String uuid, String name, boolean nameCut, String protocol, List<LoadBalancerVip> vips,
                           Map<String, String> options, Map<String, String> externalIds,
                           List<String> selectionFields, List<String> healthCheckUuids,
                           Map<String, String> ipPortMappings) {
    public LoadBalancer {
        vips = List.copyOf(vips);
        options = OrderedMaps.copy(options);
        externalIds = OrderedMaps.copy(externalIds);
        selectionFields = List.copyOf(selectionFields);
        healthCheckUuids = List.copyOf(healthCheckUuids);
        ipPortMappings = OrderedMaps.copy(ipPortMappings);
    }

    /** The protocol OVN applies: tcp when the column is empty. */
    public String effectiveProtocol() {
        return protocol.isEmpty() ? "tcp" : protocol;
    }
}
