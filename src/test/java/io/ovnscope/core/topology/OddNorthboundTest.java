package io.ovnscope.core.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.net.IpPrefix;
import io.ovnscope.core.model.net.MacAddress;
import io.ovnscope.core.model.ovn.LogicalRouter;
import io.ovnscope.core.model.ovn.LogicalRouterPort;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.model.ovn.PortAddress;
import io.ovnscope.testing.OvnClusterGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.LongStream;

/**
 * Northbound databases no cluster manager would make (routers peering in rings, router-port options naming
 * nothing, switches of only router ports, load balancer UUIDs without rows, names repeated), made from fixed
 * seeds: the topology is still built and laid out with no overlaps and links clear of boxes.
 */
class OddNorthboundTest {
    static LongStream seeds() {
        return LongStream.range(0, 100);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anyShapeIsBuiltAndLaidOutCleanly(long seed) {
        Random random = new Random(seed);
        int routerCount = 1 + random.nextInt(5);
        int switchCount = 1 + random.nextInt(6);
        List<String> routerPortNames = new ArrayList<>();
        List<LogicalRouter> routers = new ArrayList<>();
        for (int r = 0; r < routerCount; r++) {
            List<LogicalRouterPort> ports = new ArrayList<>();
            for (int p = 0; p < 1 + random.nextInt(4); p++) {
                String name = "r" + r + "p" + p;
                routerPortNames.add(name);
                // Peers point anywhere, including at ports that do not exist and at the port itself.
                String peer = random.nextInt(3) == 0 ? "r" + random.nextInt(routerCount + 1) + "p" + random.nextInt(4)
                        : null;
                ports.add(new LogicalRouterPort("", name, Optional.of(new MacAddress(0x0a0000000000L + r * 16 + p)),
                        List.of(IpPrefix.parse("10." + r + "." + p + ".1/24").orElseThrow()), Optional.ofNullable(peer),
                        List.of()));
            }
            routers.add(new LogicalRouter("", random.nextInt(4) == 0 ? "dup" : "router-" + r, ports, List.of(),
                    List.of(), List.of(), List.of("missing-lb"), Map.of(), Map.of()));
        }
        List<LogicalSwitch> switches = new ArrayList<>();
        for (int s = 0; s < switchCount; s++) {
            List<LogicalSwitchPort> ports = new ArrayList<>();
            for (int p = 0; p < random.nextInt(6); p++) {
                String name = "s" + s + "p" + p;
                if (random.nextBoolean()) {
                    String target = random.nextInt(4) == 0 ? "nowhere"
                            : routerPortNames.get(random.nextInt(routerPortNames.size()));
                    ports.add(new LogicalSwitchPort("", name, "router", List.of(PortAddress.of("router")), List.of(),
                            Optional.of(target), Optional.empty(), Map.of("router-port", target), Map.of()));
                } else {
                    ports.add(new LogicalSwitchPort("", name, "", List.of(PortAddress.of(
                            "0a:58:00:00:" + String.format("%02x:%02x", s, p) + " 10.200." + s + "." + p)), List.of(),
                            Optional.empty(), Optional.empty(), Map.of(), Map.of()));
                }
            }
            switches.add(new LogicalSwitch("", "switch-" + s, ports, List.of(), Map.of(), Map.of()));
        }
        NorthboundDatabase northbound = new NorthboundDatabase(switches, routers, List.of(), List.of());

        Topology topology = TopologyBuilder.build(OvnClusterGenerator.snapshotOf("odd", northbound, List.of()));
        Layout layout = LayeredLayout.of(topology);

        assertThat(layout.boxes()).hasSize(topology.graph().vertexSet().size());
        assertThat(layout.edges()).hasSize(topology.graph().edgeSet().size());
        for (int i = 0; i < layout.boxes().size(); i++) {
            for (int j = i + 1; j < layout.boxes().size(); j++) {
                assertThat(layout.boxes().get(i).overlaps(layout.boxes().get(j))).isFalse();
            }
        }
        for (EdgeRoute route : layout.edges()) {
            for (PlacedBox box : layout.boxes()) {
                String id = box.element().id();
                if (id.equals(route.link().sourceId()) || id.equals(route.link().targetId())) {
                    continue;
                }
                for (int k = 1; k < route.points().size(); k++) {
                    assertThat(LayeredLayoutTest.crossesInside(route.points().get(k - 1), route.points().get(k), box))
                            .as("seed %d: %s crosses %s", seed, route.link().id(), id).isFalse();
                }
            }
        }
        assertThat(SvgDocument.write(layout)).startsWith("<?xml");
    }
}
