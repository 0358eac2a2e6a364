package io.ovnscope.collectors.parse.ovn;

import io.ovnscope.collectors.parse.OutputParser;
import io.ovnscope.core.model.ovn.AddressSet;
import io.ovnscope.core.model.ovn.LoadBalancer;
import io.ovnscope.core.model.ovn.LogicalRouterPort;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import io.ovnscope.core.model.ovn.Nat;
import io.ovnscope.core.model.ovn.RouterPolicy;
import io.ovnscope.core.model.ovn.StaticRoute;
import io.ovnscope.core.parse.Parsed;
import io.ovnscope.core.parse.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ovn-nbctl [--format=json] list TABLE} for one table whose rows stand alone, read into model records.
 * Build one with the factory for the table, e.g. {@code NorthboundTableParser.loadBalancers().parse(text)}.
 * Switches and routers refer to rows of other tables: read those with {@link NorthboundAssembler}.
 */
public final class NorthboundTableParser<T> implements OutputParser<T> {
    /** Maps one row, adding problems for what it cannot read. */
    @FunctionalInterface
    interface RowMapper<T> {
        Optional<T> map(OvsdbRow row, List<Problem> problems);
    }

    private final RowMapper<T> mapper;
    private final OvsdbRowsParser rows = new OvsdbRowsParser();

    private NorthboundTableParser(RowMapper<T> mapper) {
        this.mapper = mapper;
    }

    public static NorthboundTableParser<LoadBalancer> loadBalancers() {
        return new NorthboundTableParser<>(NorthboundRows::loadBalancer);
    }

    public static NorthboundTableParser<LogicalSwitchPort> switchPorts() {
        return new NorthboundTableParser<>(NorthboundRows::switchPort);
    }

    public static NorthboundTableParser<LogicalRouterPort> routerPorts() {
        return new NorthboundTableParser<>(NorthboundRows::routerPort);
    }

    public static NorthboundTableParser<StaticRoute> staticRoutes() {
        return new NorthboundTableParser<>(NorthboundRows::staticRoute);
    }

    public static NorthboundTableParser<RouterPolicy> policies() {
        return new NorthboundTableParser<>(NorthboundRows::policy);
    }

    public static NorthboundTableParser<Nat> nats() {
        return new NorthboundTableParser<>(NorthboundRows::nat);
    }

    public static NorthboundTableParser<AddressSet> addressSets() {
        return new NorthboundTableParser<>(NorthboundRows::addressSet);
    }

    @Override
    public Parsed<T> parse(String text) {
        Parsed<OvsdbRow> read = rows.parse(text);
        List<Problem> problems = new ArrayList<>(read.problems());
        List<T> items = new ArrayList<>();
        for (OvsdbRow row : read.items()) {
            mapper.map(row, problems).ifPresent(items::add);
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::line));
        return new Parsed<>(items, problems);
    }
}
