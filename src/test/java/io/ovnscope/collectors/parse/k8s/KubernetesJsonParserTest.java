package io.ovnscope.collectors.parse.k8s;

import io.ovnscope.testing.ClasspathFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.ovnscope.core.model.k8s.EndpointAddress;
import io.ovnscope.core.model.k8s.EndpointPort;
import io.ovnscope.core.model.k8s.EndpointSlice;
import io.ovnscope.core.model.k8s.Endpoints;
import io.ovnscope.core.model.k8s.KubeNode;
import io.ovnscope.core.model.k8s.KubeObject;
import io.ovnscope.core.model.k8s.Pod;
import io.ovnscope.core.model.k8s.Service;
import io.ovnscope.core.model.k8s.ServicePort;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class KubernetesJsonParserTest {
    private final KubernetesJsonParser parser = new KubernetesJsonParser();

    private static <T extends KubeObject> List<T> of(Parsed<KubeObject> parsed, Class<T> kind) {
        return parsed.items().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    private static <T extends KubeObject> T named(Parsed<KubeObject> parsed, Class<T> kind, String name) {
        return of(parsed, kind).stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void microshiftListHasTheSeedsPodsServicesEndpointsAndNode() {
        Parsed<KubeObject> parsed = parser.parse(ClasspathFixtures.read("seed/k8s-microshift.json"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(of(parsed, Pod.class)).hasSize(8);
        assertThat(of(parsed, Service.class)).hasSize(4);
        assertThat(of(parsed, Endpoints.class)).hasSize(4);
        assertThat(of(parsed, KubeNode.class)).hasSize(1);
        assertThat(parsed.items()).extracting(KubeObject::line)
                .containsExactly(4, 38, 72, 109, 142, 176, 218, 251, 283, 314, 348, 394, 440, 464, 493, 533, 573);

        Pod pod2 = named(parsed, Pod.class, "pod-2");
        assertThat(pod2.namespace()).isEqualTo("default");
        assertThat(pod2.podIPs()).containsExactly("10.42.0.13");
        assertThat(pod2.nodeName()).contains("microshift-dev");
        assertThat(pod2.hostNetwork()).isFalse();
        assertThat(pod2.phase()).contains("Running");
        assertThat(of(parsed, Pod.class)).filteredOn(Pod::hostNetwork).extracting(Pod::name)
                .containsExactly("node-resolver-87kvk", "ovnkube-master-jlg4f", "ovnkube-node-jkqrl");
        assertThat(named(parsed, Pod.class, "dns-default-pt2vr").podIPs()).containsExactly("10.42.0.7");
    }

    @Test
    void microshiftServicesAndTheirBackends() {
        Parsed<KubeObject> parsed = parser.parse(ClasspathFixtures.read("seed/k8s-microshift.json"));

        Service nodePort = named(parsed, Service.class, "svc-nodeport");
        assertThat(nodePort.type()).isEqualTo("NodePort");
        assertThat(nodePort.clusterIPs()).containsExactly("10.43.19.182");
        assertThat(nodePort.ports()).containsExactly(new ServicePort(Optional.empty(), "TCP", 7000,
                Optional.of("8080"), OptionalInt.of(30700)));
        assertThat(nodePort.ports().get(0).targetPortNumber()).isEqualTo(OptionalInt.of(8080));

        Service dns = named(parsed, Service.class, "dns-default");
        assertThat(dns.clusterIPs()).containsExactly("10.43.0.10");
        assertThat(dns.ports()).extracting(ServicePort::protocol, ServicePort::port)
                .containsExactly(tuple("UDP", 53), tuple("TCP", 53), tuple("TCP", 9154));
        assertThat(dns.ports().get(0).targetPort()).contains("dns");
        assertThat(dns.ports().get(0).targetPortNumber()).isEmpty();
        assertThat(named(parsed, Service.class, "kubernetes").clusterIPs()).containsExactly("10.43.0.1");

        Endpoints dnsBackends = named(parsed, Endpoints.class, "dns-default");
        assertThat(dnsBackends.subsets().get(0).addresses()).extracting(EndpointAddress::ip)
                .containsExactly("10.42.0.7");
        assertThat(dnsBackends.subsets().get(0).ports()).extracting(EndpointPort::protocol, EndpointPort::port)
                .containsExactly(tuple("UDP", 5353), tuple("TCP", 5353), tuple("TCP", 9154));
        assertThat(named(parsed, Endpoints.class, "kubernetes").subsets().get(0).addresses().get(0).ip())
                .isEqualTo("192.168.122.14");
        EndpointAddress pod2 = named(parsed, Endpoints.class, "svc-nodeport").subsets().get(0).addresses().get(0);
        assertThat(pod2.ip()).isEqualTo("10.42.0.13");
        assertThat(pod2.target()).contains("Pod/default/pod-2");
        assertThat(named(parsed, Endpoints.class, "svc-nodeport").subsets().get(0).ports())
                .containsExactly(new EndpointPort(Optional.empty(), "TCP", 8080));

        KubeNode node = of(parsed, KubeNode.class).get(0);
        assertThat(node.name()).isEqualTo("microshift-dev");
        assertThat(node.internalIPs()).containsExactly("192.168.122.14");
        assertThat(node.podCIDRs()).containsExactly("10.42.0.0/24");
    }

    @Test
    void apiStyleSingleKindListEndpointSlicesAndUnknownKinds() {
        String text = String.join("\n",
                "{\"kind\": \"EndpointSliceList\", \"apiVersion\": \"discovery.k8s.io/v1\", \"items\": [",
                "  {\"metadata\": {\"name\": \"dns-x1\", \"namespace\": \"openshift-dns\",",
                "    \"labels\": {\"kubernetes.io/service-name\": \"dns-default\"}},",
                "   \"addressType\": \"IPv4\",",
                "   \"endpoints\": [{\"addresses\": [\"10.42.0.7\"], \"conditions\": {\"ready\": true}},",
                "                 {\"addresses\": [\"10.42.0.8\"], \"conditions\": {\"ready\": false}}],",
                "   \"ports\": [{\"name\": \"dns\", \"port\": 5353, \"protocol\": \"UDP\"}]},",
                "  {\"kind\": \"ConfigMap\", \"metadata\": {\"name\": \"cm\"}},",
                "  {\"kind\": \"Pod\", \"metadata\": {}}",
                "]}");
        Parsed<KubeObject> parsed = parser.parse(text);

        EndpointSlice slice = (EndpointSlice) parsed.items().get(0);
        assertThat(slice.line()).isEqualTo(2);
        assertThat(slice.serviceName()).contains("dns-default");
        assertThat(slice.endpoints()).extracting(EndpointAddress::ip, EndpointAddress::ready)
                .containsExactly(tuple("10.42.0.7", true), tuple("10.42.0.8", false));
        assertThat(slice.ports()).containsExactly(new EndpointPort(Optional.of("dns"), "UDP", 5353));
        assertThat(parsed.problems()).extracting(Problem::line).containsExactly(8, 9);
        assertThat(parsed.problems().get(0).reason()).contains("ConfigMap");
    }

    @Test
    void syntaxErrorsSayLineAndColumnAndKeepEarlierItems() {
        String text = "{\"kind\":\"List\",\"items\":[\n{\"kind\":\"Node\",\"metadata\":{\"name\":\"n1\"}},\n{\"kind\": Pod}\n]}";
        Parsed<KubeObject> parsed = parser.parse(text);

        assertThat(parsed.items()).extracting(KubeObject::name).containsExactly("n1");
        assertThat(parsed.problems()).hasSize(1);
        assertThat(parsed.problems().get(0).line()).isEqualTo(3);
        assertThat(parsed.problems().get(0).reason()).contains("JSON syntax error").contains("line 3, column");
    }
}
