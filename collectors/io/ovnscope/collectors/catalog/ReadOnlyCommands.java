package io.ovnscope.collectors.catalog;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The only command shapes a collection may run: each one reads and nothing else. The collector checks
 * every command against this list before it sends it, so a mistaken catalog entry cannot change a node.
 */
public final class ReadOnlyCommands {
    private static final String NAME = "[A-Za-z0-9_.:-]+";
    private static final List<Pattern> ALLOWED = List.of(
            Pattern.compile("ovs-vsctl (list-br|show)"),
            Pattern.compile("ovs-ofctl (-O OpenFlow1[0-5] )?(dump-flows|show) " + NAME),
            Pattern.compile("ovs-appctl bridge/dump-flows (--offload-stats )?" + NAME),
            Pattern.compile("ovn-nbctl (--format=json )?(show|list [A-Za-z_]+)"),
            Pattern.compile("ovn-sbctl show"),
            Pattern.compile("iptables-save( -t (nat|filter|mangle|raw))?"),
            Pattern.compile("ip (-j )?(route show table all|addr|-d address)"),
            Pattern.compile("get [a-z,]+ -A -o json"),
            // Discovery: who am I, what is this node called, which tools are here, where is ovnkube.
            Pattern.compile("hostname|id -u|sudo -n true|command -v [a-z-]+|sudo -n ovs-vsctl list-br"),
            Pattern.compile("(oc|kubectl) -n " + NAME + " get pods -o name"));

    private ReadOnlyCommands() {
    }

    public static boolean readsOnly(String command) {
        return ALLOWED.stream().anyMatch(p -> p.matcher(command).matches());
    }
}
