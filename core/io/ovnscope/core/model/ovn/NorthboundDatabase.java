package io.ovnscope.core.model.ovn;

import io.ovnscope.core.model.ovn.match.AddressSetLookup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the OVN northbound database holds for one node, with the lookups the topology and trace engine need:
 * by name, by UUID, which switch or router holds a load balancer, which switch port peers a router port.
 * Immutable; built from the parsers' output.
 */
public final class NorthboundDatabase {
    private final List<LogicalSwitch> switches;
    private final List<LogicalRouter> routers;
    private final List<LoadBalancer> loadBalancers;
    private final List<AddressSet> addressSets;
    private final Map<String, LogicalSwitch> switchesByKey = new HashMap<>();
    private final Map<String, LogicalRouter> routersByKey = new HashMap<>();
    private final Map<String, LoadBalancer> loadBalancersByUuid = new LinkedHashMap<>();
    private final Map<String, AddressSet> addressSetsByName = new HashMap<>();

    public NorthboundDatabase(List<LogicalSwitch> switches, List<LogicalRouter> routers,
                              List<LoadBalancer> loadBalancers, List<AddressSet> addressSets) {
        this.switches = List.copyOf(switches);
        this.routers = List.copyOf(routers);
        this.loadBalancers = List.copyOf(loadBalancers);
        this.addressSets = List.copyOf(addressSets);
        for (LogicalSwitch logicalSwitch : this.switches) {
            index(switchesByKey, logicalSwitch.uuid(), logicalSwitch.name(), logicalSwitch);
        }
        for (LogicalRouter router : this.routers) {
            index(routersByKey, router.uuid(), router.name(), router);
        }
        for (LoadBalancer loadBalancer : this.loadBalancers) {
            loadBalancersByUuid.putIfAbsent(loadBalancer.uuid(), loadBalancer);
        }
        for (AddressSet set : this.addressSets) {
            addressSetsByName.putIfAbsent(set.name(), set);
        }
    }

    public static NorthboundDatabase empty() {
        return new NorthboundDatabase(List.of(), List.of(), List.of(), List.of());
    }

    // Names and UUIDs never collide (a UUID is 36 characters with dashes, and OVN refuses such names).
    private static <T> void index(Map<String, T> map, String uuid, String name, T value) {
        if (!uuid.isEmpty()) {
            map.putIfAbsent(uuid, value);
        }
        if (!name.isEmpty()) {
            map.putIfAbsent(name, value);
        }
    }

    public List<LogicalSwitch> switches() {
        return switches;
    }

    public List<LogicalRouter> routers() {
        return routers;
    }

    public List<LoadBalancer> loadBalancers() {
        return loadBalancers;
    }

    public List<AddressSet> addressSets() {
        return addressSets;
    }

    /** A switch by name or UUID. */
    public Optional<LogicalSwitch> logicalSwitch(String nameOrUuid) {
        return Optional.ofNullable(switchesByKey.get(nameOrUuid));
    }

    /** A router by name or UUID. */
    public Optional<LogicalRouter> router(String nameOrUuid) {
        return Optional.ofNullable(routersByKey.get(nameOrUuid));
    }

    public Optional<LoadBalancer> loadBalancer(String uuid) {
        return Optional.ofNullable(loadBalancersByUuid.get(uuid));
    }

    public Optional<AddressSet> addressSet(String name) {
        return Optional.ofNullable(addressSetsByName.get(name));
    }

    /** Resolves {@code $name} in matches to this database's address sets; port groups are not held here. */
    public AddressSetLookup setLookup() {
        return (sigil, name) -> sigil == '$' ? addressSet(name).map(AddressSet::addresses) : Optional.empty();
    }

    public Optional<LogicalSwitchPort> switchPort(String name) {
        return switches.stream().flatMap(s -> s.ports().stream()).filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<LogicalRouterPort> routerPort(String name) {
        return routers.stream().flatMap(r -> r.ports().stream()).filter(p -> p.name().equals(name)).findFirst();
    }

    /** The switch a switch port belongs to. */
    public Optional<LogicalSwitch> switchOfPort(String portName) {
        return switches.stream().filter(s -> s.port(portName).isPresent()).findFirst();
    }

    /** The router a router port belongs to. */
    public Optional<LogicalRouter> routerOfPort(String portName) {
        return routers.stream().filter(r -> r.port(portName).isPresent()).findFirst();
    }

    /** The switch port of type router whose {@code router-port} names this router port. */
    public Optional<LogicalSwitchPort> switchPortPeering(String routerPortName) {
        return switches.stream().flatMap(s -> s.ports().stream())
                .filter(p -> p.routerPort().filter(routerPortName::equals).isPresent()).findFirst();
    }

    /** The load balancers a switch holds, in its order; UUIDs with no row are left out (see {@link #danglingLoadBalancers()}). */
    public List<LoadBalancer> loadBalancersOf(LogicalSwitch logicalSwitch) {
        return resolve(logicalSwitch.loadBalancerUuids());
    }

    public List<LoadBalancer> loadBalancersOf(LogicalRouter router) {
        return resolve(router.loadBalancerUuids());
    }

    public List<LogicalSwitch> switchesHolding(LoadBalancer loadBalancer) {
        return switches.stream().filter(s -> s.loadBalancerUuids().contains(loadBalancer.uuid())).toList();
    }

    public List<LogicalRouter> routersHolding(LoadBalancer loadBalancer) {
        return routers.stream().filter(r -> r.loadBalancerUuids().contains(loadBalancer.uuid())).toList();
    }

    /** Load balancer UUIDs a switch or router refers to that have no Load_Balancer row here. */
    public List<String> danglingLoadBalancers() {
        List<String> missing = new ArrayList<>();
        switches.forEach(s -> s.loadBalancerUuids().stream()
                .filter(u -> !loadBalancersByUuid.containsKey(u) && !missing.contains(u)).forEach(missing::add));
        routers.forEach(r -> r.loadBalancerUuids().stream()
                .filter(u -> !loadBalancersByUuid.containsKey(u) && !missing.contains(u)).forEach(missing::add));
        return missing;
    }

    private List<LoadBalancer> resolve(List<String> uuids) {
        return uuids.stream().map(loadBalancersByUuid::get).filter(java.util.Objects::nonNull).toList();
    }
}
