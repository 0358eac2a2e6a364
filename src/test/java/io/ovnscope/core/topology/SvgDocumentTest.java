package io.ovnscope.core.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.testing.DemoSnapshot;
import io.ovnscope.testing.FixtureSnapshots;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgDocumentTest {
    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theDemoIsValidSvgWithTheSeedsNamesAndAddressesAsText() throws Exception {
        Layout layout = LayeredLayout.of(TopologyBuilder.build(DemoSnapshot.full()));
        Document svg = parse(SvgDocument.write(layout));
        Element root = svg.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("version")).isEqualTo("1.1");
        assertThat(svg.getElementsByTagNameNS("*", "style").getLength()).isEqualTo(1);
        String text = texts(svg);
        // Seed 004's topology: the gateway router with its join address, the node switch's router port, the
        // pods, the management port, the external side.
        assertThat(text).contains("GR_microshift-dev", "100.64.0.2/16", "rtos-microshift-dev", "10.42.0.1/24",
                "default/pod-1", "10.42.0.12", "default/pod-2", "10.42.0.13", "k8s-microshift-dev", "10.42.0.2", "ovn-k8s-mp0",
                "ovn_cluster_router", "100.64.0.1/16", "join", "ext_microshift-dev", "rtoe-GR_microshift-dev",
                "192.168.122.14/24", "br-ex", "enp1s0", "external network", "gw 192.168.122.1",
                "10.43.0.10:53/udp", "192.168.122.14:30700/tcp");
        // One group per element, one polyline per link.
        assertThat(svg.getElementsByTagNameNS("*", "polyline").getLength()).isEqualTo(layout.edges().size());
        assertThat(groups(svg, "element")).isEqualTo(layout.boxes().size());
    }

    @Test
    void eachKindHasItsShape() throws Exception {
        String svg = SvgDocument.write(LayeredLayout.of(TopologyBuilder.build(DemoSnapshot.full())));
        Document document = parse(svg);
        assertThat(document.getElementsByTagNameNS("*", "ellipse").getLength()).isEqualTo(1);
        // Five load balancers in the demo, each a hexagon.
        assertThat(document.getElementsByTagNameNS("*", "polygon").getLength()).isEqualTo(5);
        assertThat(svg).contains(".router .shape", ".load-balancer .shape", ".pod .shape", "font-family:");
    }

    @Test
    void highlightsAndTheTracePathAreMarked() throws Exception {
        Layout layout = LayeredLayout.of(TopologyBuilder.build(FixtureSnapshots.demo()));
        Emphasis emphasis = new Emphasis(Set.of("router:GR_microshift-dev"), List.of("switch:ext_microshift-dev",
                "switch-port:etor-GR_microshift-dev", "router-port:rtoe-GR_microshift-dev"));
        Document svg = parse(SvgDocument.write(layout, emphasis));
        assertThat(groups(svg, "highlight")).isEqualTo(1);
        assertThat(groups(svg, "trace")).isEqualTo(3);
        NodeList lines = svg.getElementsByTagNameNS("*", "polyline");
        int traced = 0;
        for (int i = 0; i < lines.getLength(); i++) {
            traced += ((Element) lines.item(i)).getAttribute("class").contains("trace") ? 1 : 0;
        }
        // ext switch -> etor (owns) and etor -> rtoe (peer).
        assertThat(traced).isEqualTo(2);
    }

    @Test
    void namesAreEscapedSoAnyNameStaysValidXml() throws Exception {
        RouterElement odd = new RouterElement("router:odd", "a<b>&\"c'\u0001", "", List.of("x&y"), List.of(),
                Optional.empty());
        PlacedBox box = new PlacedBox(odd, 10, 10, 200, 40, LabelLines.of(odd));
        Topology empty = TopologyBuilder.build(FixtureSnapshots.demo());
        Layout layout = new Layout(empty, List.of(box), List.of(), 220, 60);
        Document svg = parse(SvgDocument.write(layout));
        assertThat(texts(svg)).contains("a<b>&\"c'", "x&y").doesNotContain("\u0001");
    }

    @Test
    void numbersAreWrittenTheSameInEveryLocale() {
        assertThat(SvgDocument.n(12)).isEqualTo("12");
        assertThat(SvgDocument.n(12.5)).isEqualTo("12.5");
        assertThat(SvgDocument.n(0.125)).isEqualTo("0.13");
        assertThat(SvgDocument.n(3.04)).isEqualTo("3.04");
        assertThat(SvgDocument.n(-1.5)).isEqualTo("-1.5");
    }

    private static String texts(Document svg) {
        StringBuilder all = new StringBuilder();
        NodeList texts = svg.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append('\n');
        }
        return all.toString();
    }

    private static int groups(Document svg, String cssClass) {
        NodeList groups = svg.getElementsByTagNameNS("*", "g");
        int count = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            count += List.of(((Element) groups.item(i)).getAttribute("class").split(" ")).contains(cssClass) ? 1 : 0;
        }
        return count;
    }
}
