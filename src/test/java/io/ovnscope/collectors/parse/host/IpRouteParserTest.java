package io.ovnscope.collectors.parse.host;

import io.ovnscope.testing.ClasspathFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.ovnscope.core.model.host.AddressFamily;
import io.ovnscope.core.model.host.NextHop;
import io.ovnscope.core.model.host.Route;
import io.ovnscope.core.model.host.RouteType;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class IpRouteParserTest {
    private final IpRouteParser parser = new IpRouteParser();

    private static Route at(Parsed<Route> parsed, int line) {
        return parsed.items().stream().filter(r -> r.line() == line).findFirst().orElseThrow();
    }

    @Test
    void neutronNodeTableAllHasEveryRouteOfBothFamilies() {
        Parsed<Route> parsed = parser.parse(ClasspathFixtures.read("realdata/08-ip-route-show-table-all--neutron-node.txt"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.items()).hasSize(43);
        assertThat(parsed.items()).filteredOn(r -> r.table().equals("local")).hasSize(30);
        assertThat(parsed.items()).filteredOn(r -> r.family() == AddressFamily.IPV6).hasSize(30);
        assertThat(parsed.items()).filteredOn(Route::linkdown).extracting(Route::line).containsExactly(3, 7, 9);

        Route gateway = at(parsed, 1);
        assertThat(gateway.isDefault()).isTrue();
        assertThat(gateway.prefix()).isEqualTo("0.0.0.0/0");
        assertThat(gateway.via()).contains("10.0.0.2");
        assertThat(gateway.device()).contains("br-ens3");
        assertThat(gateway.protocol()).contains("static");
        assertThat(gateway.table()).isEqualTo("main");

        Route broadcast = at(parsed, 4);
        assertThat(broadcast.type()).isEqualTo(RouteType.BROADCAST);
        assertThat(broadcast.table()).isEqualTo("local");
        assertThat(broadcast.prefix()).isEqualTo("10.0.0.0/32");
        assertThat(broadcast.scope()).contains("link");
        assertThat(broadcast.source()).contains("10.0.0.128");

        Route loopback = at(parsed, 14);
        assertThat(loopback.type()).isEqualTo(RouteType.UNICAST);
        assertThat(loopback.prefix()).isEqualTo("::1/128");
        assertThat(loopback.metric()).isEqualTo(OptionalInt.of(256));
        assertThat(loopback.preference()).contains("medium");
        assertThat(at(parsed, 34).type()).isEqualTo(RouteType.MULTICAST);
        assertThat(at(parsed, 34).destination()).isEqualTo("ff00::/8");
    }

    @Test
    void flannelNodeHasOnlinkRoutesAndDhcpMetrics() {
        Parsed<Route> parsed = parser.parse(ClasspathFixtures.read("realdata/11-ip-route-show-table-all--k8s-flannel-node.txt"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.items()).hasSize(21);
        assertThat(parsed.items()).filteredOn(r -> r.table().equals("local")).hasSize(13);
        assertThat(parsed.items()).filteredOn(Route::onlink).extracting(Route::destination)
                .containsExactly("10.1.7.0/24", "10.1.12.0/24");
        Route gateway = at(parsed, 1);
        assertThat(gateway.protocol()).contains("dhcp");
        assertThat(gateway.metric()).isEqualTo(OptionalInt.of(100));
        assertThat(gateway.source()).contains("10.6.3.201");
        assertThat(at(parsed, 5).prefix()).isEqualTo("169.254.169.254/32");
        assertThat(at(parsed, 5).via()).contains("10.6.0.2");
    }

    @Test
    void editedBgpSessionKeepsTheRoutesAndReportsEverythingElse() {
        Parsed<Route> parsed = parser.parse(ClasspathFixtures.read(
                "realdata/29-ovs-ofctl-dump-flows-breth0-ip-route-ip-rule--ovn-kubernetes-bgp-EDITED.txt"));

        assertThat(parsed.items()).extracting(Route::line, Route::destination).containsExactly(
                tuple(11, "10.244.0.0/16"), tuple(12, "10.244.1.0/24"), tuple(24, "22.100.0.0/16"));
        assertThat(at(parsed, 11).via()).contains("10.244.1.1");
        assertThat(at(parsed, 24).device()).contains("ovn-k8s-mp1");
        assertThat(parsed.problems()).extracting(Problem::line)
                .containsExactly(1, 2, 3, 4, 5, 6, 8, 9, 10, 13, 15, 16, 17, 18, 19, 21, 22, 23, 25);
        assertThat(parsed.problems()).filteredOn(p -> p.reason().contains("shell prompt"))
                .extracting(Problem::line).containsExactly(1, 8, 15, 21);
        assertThat(parsed.problems()).filteredOn(p -> p.reason().contains("elision"))
                .extracting(Problem::line).containsExactly(2, 6, 9, 13, 16, 19, 22, 25);
        assertThat(parsed.problems()).filteredOn(p -> p.reason().contains("ip rule"))
                .extracting(Problem::line).containsExactly(18);
    }

    @Test
    void seedHostRouteToTheServiceNetworkGoesThroughBrEx() {
        Parsed<Route> parsed = parser.parse(ClasspathFixtures.read("seed/ip-route-host.txt"));

        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(1);
        Route service = parsed.items().get(0);
        assertThat(service.destination()).isEqualTo("10.43.0.0/16");
        assertThat(service.via()).contains("169.254.169.4");
        assertThat(service.device()).contains("br-ex");
        assertThat(service.mtu()).isEqualTo(OptionalInt.of(1500));

        Parsed<Route> pod = parser.parse(ClasspathFixtures.read("seed/ip-route-pod-1.txt"));
        assertThat(pod.problems()).extracting(Problem::line).containsExactly(1);
        assertThat(pod.items()).extracting(Route::destination).containsExactly("default", "10.42.0.0/24");
        assertThat(pod.items().get(0).via()).contains("10.42.0.1");
    }

    @Test
    void capturedSeedNamespaceRoutes() {
        Parsed<Route> parsed = parser.parse(ClasspathFixtures.read("captured/host/ip-route-show-table-all.txt"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.items()).hasSize(21);
        assertThat(parsed.items()).filteredOn(r -> r.table().equals("local")).hasSize(14);
        assertThat(parsed.items()).filteredOn(Route::linkdown).extracting(Route::line).containsExactly(2, 7);
        assertThat(at(parsed, 1).via()).contains("192.168.122.1");
        assertThat(at(parsed, 3).mtu()).isEqualTo(OptionalInt.of(1500));
        assertThat(at(parsed, 3).via()).contains("169.254.169.4");
    }

    @Test
    void multipathNexthopsJoinTheirRouteAndOddWordsAreReported() {
        String text = String.join("\n",
                "default proto static metric 100 nhid 7",
                "\tnexthop via 10.0.0.1 dev eth0 weight 1",
                "\tnexthop via inet6 fe80::1 dev eth1 weight 2 dead",
                "blackhole 10.9.0.0/16 bogus 1",
                "unreachable default table 1010",
                "default via fe80::1 dev eth0 proto ra metric 1024 expires 1797sec hoplimit 64 pref medium",
                "10.1.0.0/16 via not-an-ip dev eth0");
        Parsed<Route> parsed = parser.parse(text);

        assertThat(parsed.items()).hasSize(5);
        Route multipath = parsed.items().get(0);
        assertThat(multipath.nextHops()).containsExactly(
                new NextHop(Optional.of("10.0.0.1"), Optional.of("eth0"), OptionalInt.of(1), List.of()),
                new NextHop(Optional.of("fe80::1"), Optional.of("eth1"), OptionalInt.of(2), List.of("dead")));
        assertThat(multipath.attributes()).containsEntry("nhid", "7");
        assertThat(parsed.items().get(1).type()).isEqualTo(RouteType.BLACKHOLE);
        assertThat(parsed.items().get(2).table()).isEqualTo("1010");
        assertThat(parsed.items().get(3).family()).isEqualTo(AddressFamily.IPV6);
        assertThat(parsed.items().get(3).prefix()).isEqualTo("::/0");
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(4, 7);
    }
}
