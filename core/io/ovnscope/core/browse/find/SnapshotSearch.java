package io.ovnscope.core.browse.find;

import io.ovnscope.core.model.host.IptablesChain;
import io.ovnscope.core.model.host.IptablesRule;
import io.ovnscope.core.model.host.IptablesTable;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.model.openflow.FlowDump;
import io.ovnscope.core.model.ovn.LoadBalancer;
import io.ovnscope.core.model.ovn.LoadBalancerVip;
import io.ovnscope.core.model.ovn.LogicalRouter;
import io.ovnscope.core.model.ovn.LogicalRouterPort;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import io.ovnscope.core.model.ovn.Nat;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.model.ovn.PortAddress;
import io.ovnscope.core.model.ovn.RouterPolicy;
import io.ovnscope.core.model.ovn.StaticRoute;
import io.ovnscope.core.snapshot.CapturedOutput;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.trace.TraceExample;
import io.ovnscope.core.trace.TraceExamples;
import io.ovnscope.core.trace.TraceQuestion;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds an IP, MAC, port, name or cookie everywhere in a snapshot: OVN objects, flows, iptables rules, and
 * the raw text of every output (so what no parser models is found too). Flows are found through their dump
 * lines, which is much faster than printing a million flows. Each kind keeps its first {@link #PER_KIND} hits.
 */
public final class SnapshotSearch {
    public static final int PER_KIND = 200;
    /** Raw lines wider than this are shown cut around the hit. */
    private static final int SHOWN_WIDTH = 160;

    private final Map<FindKind, Integer> counts = new EnumMap<>(FindKind.class);
    private final List<FindHit> hits = new ArrayList<>();
    private final TextMatch match;

    private SnapshotSearch(TextMatch match) {
        this.match = match;
    }

    public static FindResults find(Snapshot snapshot, String query) {
        TextMatch match = new TextMatch(query == null ? "" : query);
        if (match.isBlank()) {
            return FindResults.empty(query);
        }
        SnapshotSearch search = new SnapshotSearch(match);
        search.northbound(snapshot.node().northbound());
        search.flowsAndRawOutputs(snapshot);
        search.iptables(snapshot.node().iptables());
        search.traceExamples(TraceExamples.of(snapshot));
        return new FindResults(query, search.hits, search.counts);
    }

    private void add(FindKind kind, String text, Object subject, int line) {
        add(kind, text, subject, "", line);
    }

    private void add(FindKind kind, String text, Object subject, String item, int line) {
        int count = counts.merge(kind, 1, Integer::sum);
        if (count <= PER_KIND) {
            hits.add(new FindHit(kind, text, subject, item, line));
        }
    }

    /** The seed's flows, asked with this snapshot's names, whose source or destination holds the query. */
    private void traceExamples(TraceExamples examples) {
        for (TraceExample example : examples.examples()) {
            TraceQuestion question = example.question();
            String text = example.title() + ": " + question.from() + " → " + question.to() + " ("
                    + question.protocol().label() + ")";
            if (match.in(question.from()) || match.in(question.to())) {
                add(FindKind.TRACE_EXAMPLE, text, example, 0);
            }
        }
    }

    private void northbound(NorthboundDatabase northbound) {
        for (LoadBalancer lb : northbound.loadBalancers()) {
            boolean any = match.in(lb.name()) || match.in(lb.uuid());
            for (LoadBalancerVip vip : lb.vips()) {
                String text = vip.vip() + " → " + vip.backends().stream().map(Object::toString)
                        .collect(Collectors.joining(", "));
                if (match.in(text)) {
                    add(FindKind.LOAD_BALANCER_VIP, lb.name() + ": " + text, lb, 0);
                    any = true;
                }
            }
            if (any) {
                add(FindKind.LOAD_BALANCER, lb.name() + " (" + lb.effectiveProtocol() + ", " + lb.vips().size()
                        + " VIPs)", lb, 0);
            }
        }
        for (LogicalSwitch logicalSwitch : northbound.switches()) {
            if (match.in(logicalSwitch.name()) || match.in(logicalSwitch.uuid())) {
                add(FindKind.LOGICAL_SWITCH, logicalSwitch.name(), logicalSwitch, 0);
            }
            for (LogicalSwitchPort port : logicalSwitch.ports()) {
                String text = port.name() + " " + port.type() + " " + addresses(port.addresses()) + " "
                        + addresses(port.dynamicAddresses()) + " " + port.routerPort().orElse("") + " " + port.uuid();
                if (match.in(text)) {
                    add(FindKind.SWITCH_PORT, logicalSwitch.name() + ": " + port.name() + " "
                            + addresses(port.addresses()), port, 0);
                }
            }
        }
        for (LogicalRouter router : northbound.routers()) {
            routerHits(router);
        }
    }

    private void routerHits(LogicalRouter router) {
        if (match.in(router.name()) || match.in(router.uuid())) {
            add(FindKind.LOGICAL_ROUTER, router.name(), router, 0);
        }
        for (LogicalRouterPort port : router.ports()) {
            String text = port.name() + " " + port.mac().map(Object::toString).orElse("") + " "
                    + port.networks().stream().map(Object::toString).collect(Collectors.joining(" ")) + " "
                    + port.peer().orElse("");
            if (match.in(text)) {
                add(FindKind.ROUTER_PORT, router.name() + ": " + text.strip(), port, 0);
            }
        }
        for (StaticRoute route : router.staticRoutes()) {
            String text = route.ipPrefix() + " via " + route.nexthop() + route.outputPort().map(p -> " on " + p).orElse("");
            if (match.in(text)) {
                add(FindKind.STATIC_ROUTE, router.name() + ": " + text, route, 0);
            }
        }
        for (RouterPolicy policy : router.policies()) {
            String text = policy.priority() + " " + policy.match() + " " + policy.action() + " "
                    + policy.nexthops().stream().map(Object::toString).collect(Collectors.joining(" "));
            if (match.in(text)) {
                add(FindKind.ROUTER_POLICY, router.name() + ": " + text.strip(), policy, 0);
            }
        }
        for (Nat nat : router.nats()) {
            String text = nat.type() + " " + nat.logicalIp() + " → " + nat.externalIp()
                    + nat.logicalPort().map(p -> " port " + p).orElse("");
            if (match.in(text)) {
                add(FindKind.NAT, router.name() + ": " + text, nat, 0);
            }
        }
    }

    private void iptables(List<IptablesTable> tables) {
        for (IptablesTable table : tables) {
            for (IptablesChain chain : table.chains()) {
                for (IptablesRule rule : chain.rules()) {
                    if (match.in(rule.text())) {
                        add(FindKind.IPTABLES_RULE, table.name().orElse("?") + " " + chain.name() + ": "
                                + rule.text(), rule, rule.line());
                    }
                }
            }
        }
    }

    /** Flow dumps give flow hits by line; every output's text gives raw hits (flow dumps too, line by line). */
    private void flowsAndRawOutputs(Snapshot snapshot) {
        Map<String, FlowDump> dumps = snapshot.node().flows();
        for (CapturedOutput output : snapshot.outputs()) {
            Map<Integer, Flow> flowsByLine = null;
            String text = output.stdout();
            int line = 1;
            int counted = 0;
            // Jump from hit to hit over the whole text; lines are counted only up to each hit.
            for (int at = match.find(text, 0, text.length()); at >= 0; ) {
                int lineStart = text.lastIndexOf('\n', at) + 1;
                int lineEnd = text.indexOf('\n', at);
                lineEnd = lineEnd < 0 ? text.length() : lineEnd;
                for (int i = counted; i < lineStart; i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                    }
                }
                counted = lineStart;
                String shown = around(text.substring(lineStart, lineEnd), at - lineStart).strip();
                if (flowsByLine == null) {
                    flowsByLine = flowsOf(output, dumps);
                }
                Flow flow = flowsByLine.get(line);
                if (flow != null) {
                    add(FindKind.FLOW, bridgeOf(output) + ": " + shown, flow, output.item(), line);
                } else {
                    add(FindKind.RAW_OUTPUT, output.item() + ":" + line + ": " + shown, output, output.item(), line);
                }
                at = lineEnd < text.length() ? match.find(text, lineEnd + 1, text.length()) : -1;
            }
        }
    }

    private static Map<Integer, Flow> flowsOf(CapturedOutput output, Map<String, FlowDump> dumps) {
        FlowDump dump = output.item().startsWith("flows/") ? dumps.get(bridgeOf(output)) : null;
        if (dump == null) {
            return Map.of();
        }
        Map<Integer, Flow> byLine = new HashMap<>(dump.flows().size() * 2);
        dump.flows().forEach(flow -> byLine.put(flow.line(), flow));
        return byLine;
    }

    private static String bridgeOf(CapturedOutput output) {
        return output.item().substring(output.item().indexOf('/') + 1);
    }

    private static String around(String line, int at) {
        if (line.length() <= SHOWN_WIDTH) {
            return line;
        }
        int from = Math.max(0, at - SHOWN_WIDTH / 2);
        int to = Math.min(line.length(), from + SHOWN_WIDTH);
        return (from > 0 ? "…" : "") + line.substring(from, to) + (to < line.length() ? "…" : "");
    }

    private static String addresses(List<PortAddress> addresses) {
        return addresses.stream().map(PortAddress::text).collect(Collectors.joining(" "));
    }
}
