package io.ovnscope.collectors.parse.ovn;

import io.ovnscope.core.model.ovn.AddressSet;
import io.ovnscope.core.model.ovn.LoadBalancer;
import io.ovnscope.core.model.ovn.LogicalRouter;
import io.ovnscope.core.model.ovn.LogicalRouterPort;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import io.ovnscope.core.model.ovn.Nat;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.model.ovn.RouterPolicy;
import io.ovnscope.core.model.ovn.StaticRoute;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link NorthboundDatabase} from the raw outputs of {@code ovn-nbctl [--format=json] list TABLE} for
 * the northbound tables, resolving the UUID references between them (a switch's ports, a router's ports,
 * routes, policies and NAT, load balancer groups). Tables that were not collected are simply empty; references
 * into a collected table that find no row are problems.
 */
public final class NorthboundAssembler {
    public static final List<String> TABLES = List.of("Logical_Switch", "Logical_Switch_Port", "Logical_Router",
            "Logical_Router_Port", "Logical_Router_Static_Route", "Logical_Router_Policy", "NAT", "Load_Balancer",
            "Load_Balancer_Group", "Address_Set");

    private final OvsdbRowsParser rowsParser = new OvsdbRowsParser();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, List<OvsdbRow>> rows = new HashMap<>();

    /**
     * The database and every problem met, each reason starting with its table ("Logical_Switch: ...") since
     * the line numbers point into that table's output.
     *
     * @param outputs raw output per table name (any case, e.g. "Load_Balancer" or "load_balancer")
     */
    public static Parsed<NorthboundDatabase> assemble(Map<String, String> outputs) {
        return new NorthboundAssembler().run(outputs);
    }

    private Parsed<NorthboundDatabase> run(Map<String, String> outputs) {
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            String table = canonical(output.getKey());
            Parsed<OvsdbRow> read = rowsParser.parse(output.getValue());
            read.problems().forEach(p -> problems.add(tagged(table, p)));
            rows.computeIfAbsent(table, t -> new ArrayList<>()).addAll(read.items());
        }
        Map<String, LogicalSwitchPort> switchPorts = byUuid("Logical_Switch_Port", NorthboundRows::switchPort);
        Map<String, LogicalRouterPort> routerPorts = byUuid("Logical_Router_Port", NorthboundRows::routerPort);
        Map<String, StaticRoute> routes = byUuid("Logical_Router_Static_Route", NorthboundRows::staticRoute);
        Map<String, RouterPolicy> policies = byUuid("Logical_Router_Policy", NorthboundRows::policy);
        Map<String, Nat> nats = byUuid("NAT", NorthboundRows::nat);
        Map<String, LoadBalancer> loadBalancers = byUuid("Load_Balancer", NorthboundRows::loadBalancer);
        Map<String, AddressSet> addressSets = byUuid("Address_Set", NorthboundRows::addressSet);
        Map<String, List<String>> groups = new HashMap<>();
        for (OvsdbRow row : rows("Load_Balancer_Group")) {
            groups.put(row.uuid(), row.strings("load_balancer"));
        }
        List<LogicalSwitch> switches = new ArrayList<>();
        for (OvsdbRow row : rows("Logical_Switch")) {
            if (!hasColumns(row, "Logical_Switch")) {
                continue;
            }
            switches.add(new LogicalSwitch(row.uuid(), row.text("name"),
                    resolve(row, "Logical_Switch", "ports", "Logical_Switch_Port", switchPorts),
                    loadBalancerUuids(row, "Logical_Switch", groups), row.map("other_config"),
                    row.map("external_ids")));
        }
        List<LogicalRouter> routers = new ArrayList<>();
        for (OvsdbRow row : rows("Logical_Router")) {
            if (!hasColumns(row, "Logical_Router")) {
                continue;
            }
            List<StaticRoute> routerRoutes = EcmpRoutes.marked(
                    resolve(row, "Logical_Router", "static_routes", "Logical_Router_Static_Route", routes));
            routers.add(new LogicalRouter(row.uuid(), row.text("name"),
                    resolve(row, "Logical_Router", "ports", "Logical_Router_Port", routerPorts), routerRoutes,
                    resolve(row, "Logical_Router", "policies", "Logical_Router_Policy", policies),
                    resolve(row, "Logical_Router", "nat", "NAT", nats),
                    loadBalancerUuids(row, "Logical_Router", groups), row.map("options"), row.map("external_ids")));
        }
        NorthboundDatabase database = new NorthboundDatabase(switches, routers,
                new ArrayList<>(loadBalancers.values()), new ArrayList<>(addressSets.values()));
        if (rows.containsKey("Load_Balancer")) {
            for (String missing : database.danglingLoadBalancers()) {
                problems.add(new Problem(1, "", "Load_Balancer: " + missing
                        + " is held by a switch or router but is not in the Load_Balancer output"));
            }
        }
        return new Parsed<>(List.of(database), problems);
    }

    private List<String> loadBalancerUuids(OvsdbRow row, String table, Map<String, List<String>> groups) {
        List<String> uuids = new ArrayList<>(row.strings("load_balancer"));
        for (String group : row.strings("load_balancer_group")) {
            List<String> members = groups.get(group);
            if (members == null) {
                if (rows.containsKey("Load_Balancer_Group")) {
                    problems.add(tagged(table, NorthboundRows.problem(row, row.text("name")
                            + " refers to load balancer group " + group + " that is not in the output")));
                }
                continue;
            }
            members.stream().filter(m -> !uuids.contains(m)).forEach(uuids::add);
        }
        return uuids;
    }

    private <T> List<T> resolve(OvsdbRow row, String table, String column, String target, Map<String, T> targets) {
        List<T> resolved = new ArrayList<>();
        for (String uuid : row.strings(column)) {
            T value = targets.get(uuid);
            if (value != null) {
                resolved.add(value);
            } else if (rows.containsKey(target)) {
                problems.add(tagged(table, NorthboundRows.problem(row, row.text("name") + " refers to " + target
                        + " " + uuid + " that is not in the " + target + " output")));
            }
        }
        return resolved;
    }

    private <T> Map<String, T> byUuid(String table, NorthboundTableParser.RowMapper<T> mapper) {
        Map<String, T> mapped = new LinkedHashMap<>();
        List<Problem> found = new ArrayList<>();
        for (OvsdbRow row : rows(table)) {
            Optional<T> value = mapper.map(row, found);
            value.ifPresent(v -> mapped.put(row.uuid(), v));
        }
        found.forEach(p -> problems.add(tagged(table, p)));
        return mapped;
    }

    private boolean hasColumns(OvsdbRow row, String table) {
        List<Problem> found = new ArrayList<>();
        boolean ok = NorthboundRows.is(row, table, found, "name", "ports");
        found.forEach(p -> problems.add(tagged(table, p)));
        return ok;
    }

    private List<OvsdbRow> rows(String table) {
        return rows.getOrDefault(table, List.of());
    }

    private static Problem tagged(String table, Problem problem) {
        return new Problem(problem.line(), problem.text(), table + ": " + problem.reason());
    }

    private static String canonical(String table) {
        for (String known : TABLES) {
            if (known.toLowerCase(Locale.ROOT).equals(table.toLowerCase(Locale.ROOT))) {
                return known;
            }
        }
        return table;
    }
}
