package io.ovnscope.collectors.parse.ovn;

import static io.ovnscope.testing.ClasspathFixtures.realdata;
import static org.assertj.core.api.Assertions.assertThat;

import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OvsdbListParserTest {
    private final OvsdbListParser parser = new OvsdbListParser();

    @Test
    void recordsOfAnyTableInAnAnnotatedSession() {
        Parsed<OvsdbRow> parsed = parser.parse(realdata("23-ko-nbctl-bfd-lr-route-list-ecmp-session--kube-ovn-EDITED.txt"));
        // three BFD rows and three static route rows
        assertThat(parsed.items()).extracting(OvsdbRow::line).containsExactly(12, 22, 32, 54, 64, 74);
        OvsdbRow bfd = parsed.items().get(0);
        assertThat(bfd.text("dst_ip")).isEqualTo("10.5.204.121");
        assertThat(bfd.text("status")).isEqualTo("up");
        assertThat(bfd.map("external_ids")).isEmpty();
        OvsdbRow route = parsed.items().get(3);
        assertThat(route.text("bfd")).isEqualTo("684c4489-5b59-4693-8d8c-3beab93f8093");
        assertThat(route.map("options")).containsExactly(Map.entry("ecmp_symmetric_reply", "true"));
        assertThat(route.strings("output_port")).isEmpty();
        assertThat(route.string("route_table")).contains("");
        // comments, prompts, the kubectl table and the lr-route-list block are not list records
        assertThat(parsed.problems()).extracting(Problem::line)
                .containsExactly(1, 2, 3, 4, 5, 7, 8, 10, 11, 42, 44, 45, 46, 47, 48, 49, 50, 52, 53);
        assertThat(parsed.problems()).filteredOn(p -> p.line() == 3).extracting(Problem::reason)
                .containsExactly("not a 'column : value' line of ovn-nbctl list");
    }

    @Test
    void valuesInEveryTextForm() {
        Parsed<OvsdbRow> parsed = parser.parse("""
                _uuid               : 280847e8-7550-473c-8055-97f8da32a20c
                addresses           : ["10.42.0.12", "10.42.0.13"]
                external_ids        : {"k8s.ovn.org/name"=default, "k8s.ovn.org/owner-type"=Namespace}
                match               : "inport == \\"rtos-microshift-dev\\" && ip4.dst == 192.168.122.14"
                load_balancer_group : []
                """);
        assertThat(parsed.problems()).isEmpty();
        OvsdbRow row = parsed.items().get(0);
        assertThat(row.strings("addresses")).containsExactly("10.42.0.12", "10.42.0.13");
        assertThat(row.map("external_ids")).containsEntry("k8s.ovn.org/owner-type", "Namespace");
        assertThat(row.text("match")).isEqualTo("inport == \"rtos-microshift-dev\" && ip4.dst == 192.168.122.14");
        assertThat(row.strings("load_balancer_group")).isEqualTo(List.of());
    }

    @Test
    void cutValuesAreProblemsAndTheRowKeepsTheRest() {
        Parsed<OvsdbRow> parsed = parser.parse("""
                _uuid               : 76c672b3-c4c5-4a94-b6e4-5b6e1e6c38ea
                options             : {event="false", reject="true", skip_sn
                vips                : {"10.43.0.10:53"="10.42.0.7:5353"}
                name                : "Service_openshift-dns
                """);
        assertThat(parsed.items()).singleElement().satisfies(r -> assertThat(r.has("vips")).isTrue());
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(2, 4);
        assertThat(parsed.problems().get(0).reason()).startsWith("the value of 'options' is cut or broken");
        assertThat(parsed.problems().get(1).reason()).contains("never closed");
    }
}
