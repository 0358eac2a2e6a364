package io.ovnscope.core.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.host.AddressFamily;
import io.ovnscope.core.model.host.InterfaceAddress;
import io.ovnscope.core.model.host.NetInterface;
import io.ovnscope.core.model.host.Route;
import io.ovnscope.core.model.host.RouteType;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.model.ovn.PortAddress;
import io.ovnscope.core.snapshot.NodeState;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.testing.DemoSnapshot;
import io.ovnscope.testing.FixtureSnapshots;
import io.ovnscope.testing.OvnClusterGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Geometry the picture promises: no overlaps, links clear of boxes, labels inside, the seed's top-down order. */
class LayeredLayoutTest {
    static Stream<Arguments> snapshots() {
        return Stream.of(
                Arguments.of("demo northbound", FixtureSnapshots.demo(), FoldState.defaults()),
                Arguments.of("full demo", DemoSnapshot.full(), FoldState.defaults()),
                Arguments.of("two nodes", new OvnClusterGenerator(2, 3, true, true, true).snapshot(),
                        FoldState.defaults()),
                Arguments.of("ten nodes, folded", new OvnClusterGenerator(10, 30, true, true, true).snapshot(),
                        FoldState.defaults()),
                Arguments.of("ten nodes, one unfolded", new OvnClusterGenerator(10, 30, true, true, true).snapshot(),
                        FoldState.defaults().unfold("switch:node-03")),
                Arguments.of("no join", new OvnClusterGenerator(3, 2, false, true, false).snapshot(),
                        FoldState.defaults()),
                Arguments.of("not ovn-kubernetes", TopologyBuilderTest.variety(), FoldState.defaults()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snapshots")
    void noTwoBoxesOverlap(String name, Snapshot snapshot, FoldState fold) {
        Layout layout = LayeredLayout.of(TopologyBuilder.build(snapshot, fold));
        List<PlacedBox> boxes = layout.boxes();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).overlaps(boxes.get(j)))
                        .as("%s overlaps %s", boxes.get(i), boxes.get(j)).isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snapshots")
    void linksCrossNoBoxButTheirOwnEnds(String name, Snapshot snapshot, FoldState fold) {
        Layout layout = LayeredLayout.of(TopologyBuilder.build(snapshot, fold));
        for (EdgeRoute route : layout.edges()) {
            assertThat(route.points()).hasSizeGreaterThanOrEqualTo(2);
            for (PlacedBox box : layout.boxes()) {
                String id = box.element().id();
                if (id.equals(route.link().sourceId()) || id.equals(route.link().targetId())) {
                    continue;
                }
                for (int i = 1; i < route.points().size(); i++) {
                    assertThat(crossesInside(route.points().get(i - 1), route.points().get(i), box))
                            .as("%s crosses %s", route.link().id(), id).isFalse();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snapshots")
    void linksStartAndEndOnTheirBoxes(String name, Snapshot snapshot, FoldState fold) {
        Layout layout = LayeredLayout.of(TopologyBuilder.build(snapshot, fold));
        for (EdgeRoute route : layout.edges()) {
            assertThat(onBorder(route.points().get(0), layout.box(route.link().sourceId()).orElseThrow()))
                    .as("start of %s", route.link().id()).isTrue();
            assertThat(onBorder(route.points().get(route.points().size() - 1),
                    layout.box(route.link().targetId()).orElseThrow())).as("end of %s", route.link().id()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snapshots")
    void everyLabelLineFitsItsBoxAndEveryBoxIsInsideThePicture(String name, Snapshot snapshot, FoldState fold) {
        Layout layout = LayeredLayout.of(TopologyBuilder.build(snapshot, fold));
        for (PlacedBox box : layout.boxes()) {
            PlacedBox text = Shapes.textArea(box);
            for (String line : box.labelLines()) {
                assertThat(TopologyStyle.textWidth(box.element().kind(), line) + 2 * TopologyStyle.PADDING_X)
                        .as("%s in %s", line, box.element().id()).isLessThanOrEqualTo(text.width() + 0.01);
            }
            assertThat(box.labelLines().size() * TopologyStyle.lineHeight(box.element().kind()))
                    .isLessThanOrEqualTo(text.height());
            assertThat(box.x()).isGreaterThanOrEqualTo(0);
            assertThat(box.y()).isGreaterThanOrEqualTo(0);
            assertThat(box.right()).isLessThanOrEqualTo(layout.width());
            assertThat(box.bottom()).isLessThanOrEqualTo(layout.height());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snapshots")
    void theSameTopologyAlwaysGivesTheSamePicture(String name, Snapshot snapshot, FoldState fold) {
        Layout first = LayeredLayout.of(TopologyBuilder.build(snapshot, fold));
        Layout second = LayeredLayout.of(TopologyBuilder.build(snapshot, fold));
        assertThat(second.boxes()).isEqualTo(first.boxes());
        assertThat(second.edges()).isEqualTo(first.edges());
        assertThat(SvgDocument.write(second)).isEqualTo(SvgDocument.write(first));
    }

    @Test
    void theFullDemoReadsTopDownLikeSeed004() {
        Layout layout = LayeredLayout.of(TopologyBuilder.build(DemoSnapshot.full()));
        List<String> topDown = List.of("external-network:microshift-dev", "uplink:enp1s0", "host:microshift-dev",
                "bridge:br-ex", "switch:ext_microshift-dev", "router:GR_microshift-dev", "switch:join",
                "router:ovn_cluster_router", "switch:microshift-dev", "switch-port:default_pod-1");
        List<Double> tops = new ArrayList<>();
        for (String id : topDown) {
            tops.add(layout.box(id).orElseThrow().y());
        }
        assertThat(tops).isSorted().doesNotHaveDuplicates();
        // A peered router port and switch port share a layer, side by side.
        PlacedBox rtoe = layout.box("router-port:rtoe-GR_microshift-dev").orElseThrow();
        PlacedBox etor = layout.box("switch-port:etor-GR_microshift-dev").orElseThrow();
        assertThat(rtoe.y() + rtoe.height() / 2).isEqualTo(etor.y() + etor.height() / 2);
    }

    @Test
    void lanesKeepEachNodesGatewayRoutersInNodeOrder() {
        Layout layout = LayeredLayout.of(TopologyBuilder.build(new OvnClusterGenerator(4, 2, true, false, false)
                .snapshot()));
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            xs.add(layout.box("router:GR_" + OvnClusterGenerator.node(i)).orElseThrow().x());
        }
        assertThat(xs).isSorted().doesNotHaveDuplicates();
        assertThat(layout.box("router:GR_node-01").orElseThrow().y())
                .isEqualTo(layout.box("router:GR_node-04").orElseThrow().y());
    }

    @Test
    void aHostWithoutBridgesHangsFromTheTopAndStillReachesItsManagementPort() {
        // Northbound of one node, and of the host only its addresses and default route (no ovs-vsctl show).
        Snapshot generated = new OvnClusterGenerator(1, 2, true, false, false).snapshot();
        Layout big = LayeredLayout.of(TopologyBuilder.build(withHost(generated, generated.node().northbound())));
        assertThat(big.box("host:node-01").orElseThrow().y()).isLessThan(big.box("router:GR_node-01").orElseThrow().y());
        assertCleanLinks(big, "host:node-01", "switch-port:k8s-node-01");

        // A switch holding only the management port: the host lands in the port's layer; the link goes under.
        NorthboundDatabase tiny = new NorthboundDatabase(List.of(new LogicalSwitch("", "node-01", List.of(
                new LogicalSwitchPort("", "k8s-node-01", "", List.of(PortAddress.of("0a:58:0a:80:00:02 10.128.0.2")),
                        List.of(), Optional.empty(), Optional.empty(), Map.of(), Map.of())), List.of(), Map.of(),
                Map.of())), List.of(), List.of(), List.of());
        Layout small = LayeredLayout.of(TopologyBuilder.build(withHost(generated, tiny)));
        PlacedBox host = small.box("host:node-01").orElseThrow();
        PlacedBox port = small.box("switch-port:k8s-node-01").orElseThrow();
        assertThat(host.y() + host.height() / 2).isEqualTo(port.y() + port.height() / 2);
        EdgeRoute under = small.edges().stream().filter(e -> e.link().kind() == LinkKind.WIRE
                && e.link().targetId().equals(port.element().id())).findFirst().orElseThrow();
        assertThat(under.points()).hasSize(4);
        assertThat(under.points().get(1).y()).isGreaterThan(Math.max(host.bottom(), port.bottom()));
        assertCleanLinks(small, "host:node-01", "switch-port:k8s-node-01");
    }

    private static void assertCleanLinks(Layout layout, String from, String to) {
        assertThat(layout.edges()).anyMatch(e -> e.link().sourceId().equals(from) && e.link().targetId().equals(to));
        for (EdgeRoute route : layout.edges()) {
            for (PlacedBox box : layout.boxes()) {
                String id = box.element().id();
                if (!id.equals(route.link().sourceId()) && !id.equals(route.link().targetId())) {
                    for (int i = 1; i < route.points().size(); i++) {
                        assertThat(crossesInside(route.points().get(i - 1), route.points().get(i), box))
                                .as("%s crosses %s", route.link().id(), id).isFalse();
                    }
                }
            }
            Point last = route.points().get(route.points().size() - 1);
            assertThat(onBorder(last, layout.box(route.link().targetId()).orElseThrow())).isTrue();
            assertThat(last.y()).isLessThanOrEqualTo(layout.height());
        }
    }

    private static Snapshot withHost(Snapshot base, NorthboundDatabase northbound) {
        NetInterface mp0 = new NetInterface(1, 5, "ovn-k8s-mp0", Optional.empty(), List.of("UP"), OptionalInt.empty(),
                Optional.empty(), Optional.of("UP"), Optional.of("ether"), Optional.of("16:95:3f:0c:6e:08"),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), List.of(), List.of(
                new InterfaceAddress(AddressFamily.IPV4, "10.128.0.2", 22, Optional.empty(), Optional.empty(),
                        Optional.of("global"), Optional.empty(), List.of(), Optional.empty(), Optional.empty())));
        Route route = new Route(1, "main", RouteType.UNICAST, AddressFamily.IPV4, "default", Optional.of("192.168.1.1"),
                Optional.of("eth0"), Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(),
                OptionalInt.empty(), Optional.empty(), List.of(), Map.of(), List.of());
        NodeState state = new NodeState(Map.of(), Map.of(), Map.of(), Optional.empty(), northbound, List.of(),
                List.of(route), List.of(mp0), List.of());
        return new Snapshot(base.formatVersion(), base.source(), List.of(), List.of(), state);
    }

    @Test
    void anEmptySnapshotGivesAnEmptyPictureOfMarginsOnly() {
        Layout layout = LayeredLayout.of(TopologyBuilder.build(new OvnClusterGenerator(0, 0, false, false, false)
                .snapshot()));
        // The generator always adds the cluster router, so one box.
        assertThat(layout.boxes()).hasSize(1);
        assertThat(layout.edges()).isEmpty();
        assertThat(layout.width()).isGreaterThan(2 * LayeredLayout.MARGIN);
    }

    @Test
    void theCrossingCheckSeesACrossingAndIgnoresATouch() {
        PlacedBox box = new PlacedBox(new RouterElement("r", "r", "", List.of(), List.of(), java.util.Optional.empty()),
                10, 10, 20, 20, List.of("r"));
        assertThat(crossesInside(new Point(0, 0), new Point(40, 40), box)).isTrue();
        assertThat(crossesInside(new Point(20, 0), new Point(20, 15), box)).isTrue();
        assertThat(crossesInside(new Point(0, 10), new Point(40, 10), box)).isFalse();
        assertThat(crossesInside(new Point(20, 0), new Point(20, 10), box)).isFalse();
        assertThat(crossesInside(new Point(0, 0), new Point(40, 5), box)).isFalse();
    }

    /** True when the segment passes through the box's interior (touching its border does not count). */
    static boolean crossesInside(Point a, Point b, PlacedBox box) {
        double eps = 0.01;
        double left = box.x() + eps;
        double right = box.right() - eps;
        double top = box.y() + eps;
        double bottom = box.bottom() - eps;
        // Liang-Barsky clipping of the segment against the shrunken box.
        double t0 = 0;
        double t1 = 1;
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - left, right - a.x(), a.y() - top, bottom - a.y()};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t0 < t1;
    }

    private static boolean onBorder(Point point, PlacedBox box) {
        double eps = 0.01;
        boolean insideX = point.x() >= box.x() - eps && point.x() <= box.right() + eps;
        boolean insideY = point.y() >= box.y() - eps && point.y() <= box.bottom() + eps;
        boolean onEdge = Math.abs(point.x() - box.x()) < eps || Math.abs(point.x() - box.right()) < eps
                || Math.abs(point.y() - box.y()) < eps || Math.abs(point.y() - box.bottom()) < eps;
        return insideX && insideY && onEdge;
    }
}
