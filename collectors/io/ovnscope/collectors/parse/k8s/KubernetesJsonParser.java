package io.ovnscope.collectors.parse.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.ovnscope.collectors.parse.OutputParser;
import io.ovnscope.collectors.parse.TextLines;
import io.ovnscope.collectors.parse.host.JsonItems;
import io.ovnscope.core.model.host.HostAddresses;
import io.ovnscope.core.model.k8s.EndpointAddress;
import io.ovnscope.core.model.k8s.EndpointPort;
import io.ovnscope.core.model.k8s.EndpointSlice;
import io.ovnscope.core.model.k8s.EndpointSubset;
import io.ovnscope.core.model.k8s.Endpoints;
import io.ovnscope.core.model.k8s.KubeNode;
import io.ovnscope.core.model.k8s.KubeObject;
import io.ovnscope.core.model.k8s.Pod;
import io.ovnscope.core.model.k8s.Service;
import io.ovnscope.core.model.k8s.ServicePort;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads {@code kubectl get pods,services,endpoints,endpointslices,nodes -A -o json} (a {@code List} of mixed
 * kinds), a single-kind list ({@code PodList} from the API, whose items carry no kind), or one object, into
 * pods, services, endpoints, endpoint slices and nodes. Other kinds are reported and skipped.
 */
public final class KubernetesJsonParser implements OutputParser<KubeObject> {

    @Override
    public Parsed<KubeObject> parse(String text) {
        JsonItems.Read read = JsonItems.read(text, "items");
        List<Problem> problems = new ArrayList<>(read.problems());
        List<TextLines.Line> lines = TextLines.of(text == null ? "" : text);
        String listKind = read.envelope().map(e -> e.path("kind").asText("")).orElse("");
        String impliedKind = listKind.endsWith("List") && !listKind.equals("List")
                ? listKind.substring(0, listKind.length() - 4) : "";
        List<KubeObject> objects = new ArrayList<>();
        for (JsonItems.Item item : read.items()) {
            Item one = new Item(item.line(), item.line() <= lines.size() ? lines.get(item.line() - 1).text() : "",
                    item.node(), problems);
            one.read(impliedKind).ifPresent(objects::add);
        }
        return new Parsed<>(objects, problems);
    }

    /** One item of the list, with where to report its problems. */
    private record Item(int line, String lineText, JsonNode node, List<Problem> problems) {
        Optional<KubeObject> read(String impliedKind) {
            String kind = node.path("kind").asText(impliedKind);
            String name = node.path("metadata").path("name").asText("");
            if (!node.isObject()) {
                problem("an item that is not a JSON object is not a Kubernetes object; skipped");
                return Optional.empty();
            }
            if (name.isEmpty()) {
                problem("a " + (kind.isEmpty() ? "Kubernetes object" : kind) + " without metadata.name; skipped");
                return Optional.empty();
            }
            String namespace = node.path("metadata").path("namespace").asText("");
            return switch (kind) {
                case "Pod" -> Optional.of(pod(namespace, name));
                case "Service" -> Optional.of(service(namespace, name));
                case "Endpoints" -> Optional.of(endpoints(namespace, name));
                case "EndpointSlice" -> Optional.of(endpointSlice(namespace, name));
                case "Node" -> Optional.of(kubeNode(name));
                default -> {
                    problem((kind.isEmpty() ? "an object without kind" : "kind " + kind) + " (" + name
                            + ") is not read by ovnscope; skipped");
                    yield Optional.empty();
                }
            };
        }

        private Pod pod(String namespace, String name) {
            JsonNode status = node.path("status");
            List<String> ips = new ArrayList<>();
            for (JsonNode ip : status.path("podIPs")) {
                ips.add(ip.path("ip").asText(""));
            }
            if (ips.isEmpty() && status.path("podIP").isTextual()) {
                ips.add(status.path("podIP").asText());
            }
            ips.removeIf(String::isEmpty);
            addresses("pod " + namespace + "/" + name, ips);
            return new Pod(line, namespace, name, text(node.path("spec"), "nodeName"), ips, text(status, "hostIP"),
                    node.path("spec").path("hostNetwork").asBoolean(false), text(status, "phase"));
        }

        private Service service(String namespace, String name) {
            JsonNode spec = node.path("spec");
            List<String> clusterIPs = strings(spec.path("clusterIPs"));
            if (clusterIPs.isEmpty() && spec.path("clusterIP").isTextual()) {
                clusterIPs.add(spec.path("clusterIP").asText());
            }
            List<ServicePort> ports = new ArrayList<>();
            for (JsonNode port : spec.path("ports")) {
                if (!port.path("port").canConvertToInt()) {
                    problem("a port of service " + namespace + "/" + name + " has no port number; skipped");
                    continue;
                }
                JsonNode target = port.path("targetPort");
                ports.add(new ServicePort(text(port, "name"), port.path("protocol").asText("TCP"),
                        port.path("port").asInt(), target.isValueNode() && !target.isNull()
                                ? Optional.of(target.asText()) : Optional.empty(),
                        port.path("nodePort").canConvertToInt() ? OptionalInt.of(port.path("nodePort").asInt())
                                : OptionalInt.empty()));
            }
            Map<String, String> selector = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : spec.path("selector").properties()) {
                selector.put(field.getKey(), field.getValue().asText());
            }
            return new Service(line, namespace, name, spec.path("type").asText("ClusterIP"), clusterIPs,
                    strings(spec.path("externalIPs")), ports, selector);
        }

        private Endpoints endpoints(String namespace, String name) {
            List<EndpointSubset> subsets = new ArrayList<>();
            for (JsonNode subset : node.path("subsets")) {
                List<EndpointAddress> addresses = new ArrayList<>();
                subset.path("addresses").forEach(a -> addresses.add(address(a.path("ip").asText(""), true, a)));
                subset.path("notReadyAddresses").forEach(a -> addresses.add(address(a.path("ip").asText(""), false, a)));
                addresses("endpoints " + namespace + "/" + name, addresses.stream().map(EndpointAddress::ip).toList());
                subsets.add(new EndpointSubset(addresses, ports(subset.path("ports"), namespace + "/" + name)));
            }
            return new Endpoints(line, namespace, name, subsets);
        }

        private EndpointSlice endpointSlice(String namespace, String name) {
            List<EndpointAddress> endpoints = new ArrayList<>();
            for (JsonNode endpoint : node.path("endpoints")) {
                JsonNode ready = endpoint.path("conditions").path("ready");
                // The API says a missing or null ready condition means ready.
                boolean isReady = !ready.isBoolean() || ready.asBoolean();
                for (JsonNode ip : endpoint.path("addresses")) {
                    endpoints.add(address(ip.asText(""), isReady, endpoint));
                }
            }
            String addressType = node.path("addressType").asText("");
            if (!addressType.equals("FQDN")) {
                addresses("endpointslice " + namespace + "/" + name,
                        endpoints.stream().map(EndpointAddress::ip).toList());
            }
            return new EndpointSlice(line, namespace, name,
                    text(node.path("metadata").path("labels"), "kubernetes.io/service-name"), addressType, endpoints,
                    ports(node.path("ports"), namespace + "/" + name));
        }

        private KubeNode kubeNode(String name) {
            List<String> internal = new ArrayList<>();
            List<String> external = new ArrayList<>();
            List<String> hostnames = new ArrayList<>();
            for (JsonNode address : node.path("status").path("addresses")) {
                String value = address.path("address").asText("");
                switch (address.path("type").asText("")) {
                    case "InternalIP" -> internal.add(value);
                    case "ExternalIP" -> external.add(value);
                    case "Hostname" -> hostnames.add(value);
                    default -> {
                        // InternalDNS / ExternalDNS names do not route packets.
                    }
                }
            }
            JsonNode spec = node.path("spec");
            List<String> cidrs = strings(spec.path("podCIDRs"));
            if (cidrs.isEmpty() && spec.path("podCIDR").isTextual()) {
                cidrs.add(spec.path("podCIDR").asText());
            }
            addresses("node " + name, internal);
            return new KubeNode(line, name, internal, external, hostnames, cidrs);
        }

        private static EndpointAddress address(String ip, boolean ready, JsonNode holder) {
            JsonNode ref = holder.path("targetRef");
            Optional<String> target = ref.isObject()
                    ? Optional.of(ref.path("kind").asText("") + "/" + ref.path("namespace").asText("") + "/"
                            + ref.path("name").asText(""))
                    : Optional.empty();
            return new EndpointAddress(ip, ready, text(holder, "nodeName"), target);
        }

        private List<EndpointPort> ports(JsonNode array, String owner) {
            List<EndpointPort> ports = new ArrayList<>();
            for (JsonNode port : array) {
                if (!port.path("port").canConvertToInt()) {
                    problem("a port of " + owner + " has no port number; skipped");
                    continue;
                }
                ports.add(new EndpointPort(text(port, "name"), port.path("protocol").asText("TCP"),
                        port.path("port").asInt()));
            }
            return ports;
        }

        private void addresses(String owner, List<String> ips) {
            for (String ip : ips) {
                if (!HostAddresses.isAddress(ip)) {
                    problem(owner + " has '" + ip + "', which is not an IPv4/IPv6 address");
                }
            }
        }

        private void problem(String reason) {
            problems.add(new Problem(line, lineText, reason));
        }

        private static Optional<String> text(JsonNode node, String field) {
            JsonNode value = node.path(field);
            return value.isValueNode() && !value.isNull() ? Optional.of(value.asText()) : Optional.empty();
        }

        private static List<String> strings(JsonNode array) {
            List<String> out = new ArrayList<>();
            array.forEach(v -> {
                if (v.isValueNode()) {
                    out.add(v.asText());
                }
            });
            return out;
        }
    }
}
