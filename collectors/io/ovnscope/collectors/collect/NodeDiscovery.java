package io.ovnscope.collectors.collect;

import io.ovnscope.core.collect.ToolPrefixes;
import io.ovnscope.core.node.CommandRun;
import io.ovnscope.core.node.CommandSpec;
import io.ovnscope.core.snapshot.Gap;
import io.ovnscope.core.snapshot.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds out, with a handful of harmless commands, who we are on the node, what it is called and how each
 * tool is reached: directly, with {@code sudo -n}, or inside the ovnkube pod when ovn-nbctl lives only
 * there (as on MicroShift). A prefix the user set in the profile always wins over what is found.
 */
final class NodeDiscovery {
    static final String OVN_NAMESPACE = "openshift-ovn-kubernetes";
    private static final Duration QUICK = Duration.ofSeconds(15);

    /** The probes, in the order {@link #conclude} reads them. */
    static final List<String> PROBES = List.of("hostname", "id -u", "sudo -n true", "command -v ovs-vsctl",
            "command -v ovn-nbctl", "command -v oc", "command -v kubectl");

    /** What discovery concluded. */
    record Findings(String nodeName, ToolPrefixes prefixes, boolean northboundReachable, List<Gap> gaps) {
    }

    static List<CommandSpec> probes() {
        return PROBES.stream().map(p -> CommandSpec.of(p).withTimeout(QUICK).withOutputCap(64 * 1024)).toList();
    }

    /** The probe that lists the ovnkube pods, run only when ovn-nbctl is not on the node itself. */
    static CommandSpec podProbe(String client) {
        return CommandSpec.of(client + " -n " + OVN_NAMESPACE + " get pods -o name").withTimeout(QUICK);
    }

    static Findings conclude(List<CommandRun> runs, ToolPrefixes configured, String fallbackName,
                             Optional<CommandRun> pods) {
        List<Gap> gaps = new ArrayList<>();
        String name = ok(runs.get(0)) ? firstLine(runs.get(0)) : fallbackName;
        boolean root = ok(runs.get(1)) && firstLine(runs.get(1)).equals("0");
        boolean sudo = ok(runs.get(2));
        boolean ovsHere = ok(runs.get(3));
        boolean northboundHere = ok(runs.get(4));
        String client = clientOf(runs);

        String rootPrefix = chosen(configured.root(), root || !sudo ? "" : "sudo -n");
        if (!root && !sudo && configured.root().isEmpty()) {
            gaps.add(new Gap("root", "not root on the node and `sudo -n` asks for a password: commands that need "
                    + "root may fail; log in as root or allow passwordless sudo for the ovnscope user"));
        }
        String ovs = chosen(configured.ovs(), rootPrefix);
        if (!ovsHere && configured.ovs().isEmpty()) {
            gaps.add(new Gap("ovs", "ovs-vsctl is not on the node's PATH; set the ovs prefix in the profile if "
                    + "Open vSwitch runs in a container"));
        }
        String northbound = configured.northbound();
        boolean northboundReachable = !northbound.isEmpty() || northboundHere;
        if (northbound.isEmpty() && northboundHere) {
            northbound = rootPrefix;
        } else if (northbound.isEmpty() && pods.isPresent()) {
            Optional<String> viaPod = ovnkubePrefix(client, pods.get());
            northboundReachable = viaPod.isPresent();
            northbound = viaPod.orElse("");
        }
        if (!northboundReachable) {
            gaps.add(new Gap("nb", "ovn-nbctl is not on the node and no ovnkube pod was found in " + OVN_NAMESPACE
                    + "; set the northbound prefix in the profile (e.g. oc -n NS exec POD -c northd --)"));
        }
        String kubernetes = chosen(configured.kubernetes(), client);
        return new Findings(name, new ToolPrefixes(rootPrefix, ovs, northbound, kubernetes), northboundReachable,
                gaps);
    }

    /** On MicroShift ovn-nbctl runs in the northd container of ovnkube-master; on newer OVN-K, in nbdb of ovnkube-node. */
    private static Optional<String> ovnkubePrefix(String client, CommandRun pods) {
        if (!ok(pods)) {
            return Optional.empty();
        }
        for (String line : pods.stdout().split("\n")) {
            String pod = line.strip().replaceFirst("^pod/", "");
            if (pod.startsWith("ovnkube-master")) {
                return Optional.of(client + " -n " + OVN_NAMESPACE + " exec " + pod + " -c northd --");
            }
        }
        for (String line : pods.stdout().split("\n")) {
            String pod = line.strip().replaceFirst("^pod/", "");
            if (pod.startsWith("ovnkube-node")) {
                return Optional.of(client + " -n " + OVN_NAMESPACE + " exec " + pod + " -c nbdb --");
            }
        }
        return Optional.empty();
    }

    static boolean needsPodProbe(List<CommandRun> runs, ToolPrefixes configured) {
        return configured.northbound().isEmpty() && !ok(runs.get(4)) && (ok(runs.get(5)) || ok(runs.get(6)));
    }

    /**
     * kubectl when it answers, else oc: the two read the same objects, and OpenShift's client package ships
     * both, so the guess the catalog starts with ({@link #guess}) is right on most nodes. Empty when neither.
     */
    static String clientOf(List<CommandRun> runs) {
        return ok(runs.get(6)) ? "kubectl" : ok(runs.get(5)) ? "oc" : "";
    }

    /**
     * The prefixes discovery will most likely conclude, for the commands that start before it has: what the
     * profile sets, else nothing for root and {@code sudo -n} for anyone else, and kubectl. A wrong guess
     * costs a quick failed read-only command, run again with the prefix discovery found.
     */
    static ToolPrefixes guess(String user, ToolPrefixes configured) {
        String root = chosen(configured.root(), "root".equals(user) ? "" : "sudo -n");
        return new ToolPrefixes(root, chosen(configured.ovs(), root), chosen(configured.northbound(), root),
                chosen(configured.kubernetes(), "kubectl"));
    }

    private static String chosen(String configured, String discovered) {
        return configured.isEmpty() ? discovered : configured;
    }

    private static boolean ok(CommandRun run) {
        return run.outcome() == Outcome.COMPLETED && run.exitCode() != null && run.exitCode() == 0;
    }

    private static String firstLine(CommandRun run) {
        String out = run.stdout().strip();
        int newline = out.indexOf('\n');
        return newline < 0 ? out : out.substring(0, newline);
    }
}
