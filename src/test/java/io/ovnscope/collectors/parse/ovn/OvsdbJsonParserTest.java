package io.ovnscope.collectors.parse.ovn;

import static io.ovnscope.testing.ClasspathFixtures.captured;
import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.model.ovn.LoadBalancer;
import io.ovnscope.core.parse.Parsed;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OvsdbJsonParserTest {
    private final OvsdbJsonParser parser = new OvsdbJsonParser();

    @Test
    void readsRowsWhoseHeadingsComeAfterTheData() {
        Parsed<OvsdbRow> parsed = parser.parse(captured("ovn", "nbctl-json-list-Load_Balancer.json"));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.items()).hasSize(5);
        OvsdbRow first = parsed.items().get(0);
        assertThat(first.uuid()).isEqualTo("da1bd884-2f5e-4efd-a3d0-d0ee5eb3f72c");
        assertThat(first.columns().get("_uuid")).isInstanceOf(OvsdbValue.Uuid.class);
        assertThat(first.map("vips")).containsExactly(Map.entry("10.43.0.1:443", "10.44.0.0:6443"));
        assertThat(first.strings("health_check")).isEmpty();
    }

    @Test
    void aOneElementSetWrittenAsTheBareAtomReadsLikeASet() {
        OvsdbRow policy = parser.parse(captured("ovn", "nbctl-json-list-Logical_Router_Policy.json")).items().get(0);
        assertThat(policy.columns().get("nexthops")).isInstanceOf(OvsdbValue.Atom.class);
        assertThat(policy.strings("nexthops")).containsExactly("10.42.0.2");
        assertThat(policy.text("priority")).isEqualTo("1004");
        OvsdbRow set = parser.parse(captured("ovn", "nbctl-json-list-Address_Set.json")).items().get(0);
        assertThat(set.strings("addresses")).containsExactly("10.42.0.12", "10.42.0.13");
        OvsdbRow router = parser.parse(captured("ovn", "nbctl-json-list-Logical_Router.json")).items().get(0);
        assertThat(router.strings("ports")).hasSize(2);
    }

    @Test
    void aCutJsonIsAProblemNotAnException() {
        String whole = captured("ovn", "nbctl-json-list-Load_Balancer.json");
        Parsed<OvsdbRow> parsed = parser.parse(whole.substring(0, whole.length() / 2));
        assertThat(parsed.items()).isEmpty();
        assertThat(parsed.problems()).hasSize(2);
        assertThat(parsed.problems().get(0).line()).isEqualTo(1);
        assertThat(parsed.problems().get(0).reason()).startsWith("broken JSON at column");
        assertThat(parsed.problems().get(1).reason()).contains("no \"headings\"");
        assertThat(parsed.problems().get(0).text()).hasSizeLessThanOrEqualTo(123);
    }

    @Test
    void otherTextIsAProblem() {
        assertThat(parser.parse("ovn-nbctl: no row \"x\" in table Load_Balancer").problems())
                .singleElement().satisfies(p -> assertThat(p.reason()).contains("broken JSON"));
        assertThat(parser.parse("[1,2]").problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("does not start with '{'"));
        assertThat(parser.parse("{\"data\":[[1,2]],\"headings\":[\"a\"]}").problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("row 1 has 2 values for 1 headings"));
        assertThat(parser.parse("{\"data\":[[[\"bogus\",1]]],\"headings\":[\"a\"]}").problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("unknown OVSDB value tag \"bogus\""));
    }

    @Test
    void fiveThousandServicesInOneTwoPointSevenMegabyteLineAreReadWhole() {
        StringBuilder json = new StringBuilder("{\"data\":[");
        for (int i = 0; i < 5000; i++) {
            if (i > 0) {
                json.append(',');
            }
            String uuid = String.format("%08x-a22a-4834-9c7d-9daa29502135", i);
            String vip = "10.43." + (i / 250) + "." + (i % 250);
            json.append("[[\"uuid\",\"").append(uuid).append("\"],[\"map\",[[\"k8s.ovn.org/kind\",\"Service\"],")
                    .append("[\"k8s.ovn.org/owner\",\"namespace-").append(i).append("/service-").append(i)
                    .append("\"]]],[\"set\",[]],[\"map\",[]],\"Service_namespace-").append(i).append("/service-")
                    .append(i).append("_TCP_cluster\",[\"map\",[[\"event\",\"false\"],[\"reject\",\"true\"],")
                    .append("[\"skip_snat\",\"false\"]]],\"tcp\",[\"set\",[]],[\"map\",[[\"").append(vip)
                    .append(":80\",\"10.42.1.1:8080,10.42.2.1:8080,10.42.3.1:8080\"],[\"").append(vip)
                    .append(":443\",\"10.42.1.1:8443,10.42.2.1:8443,10.42.3.1:8443\"]]]]");
        }
        json.append("],\"headings\":[\"_uuid\",\"external_ids\",\"health_check\",\"ip_port_mappings\",\"name\",")
                .append("\"options\",\"protocol\",\"selection_fields\",\"vips\"]}\n");
        assertThat(json.length()).isGreaterThan(2_000_000);
        // How fast is a benchmark's question, not a test's: this checks that one huge line is read whole.
        Parsed<LoadBalancer> parsed = NorthboundTableParser.loadBalancers().parse(json.toString());
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.items()).hasSize(5000);
        assertThat(parsed.items().get(4999).vips()).hasSize(2);
    }
}
