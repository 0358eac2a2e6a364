package io.ovnscope.core.collect;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How each tool family is reached on the node: nothing (run as is), {@code sudo -n}, or a way into the
 * container that has the tool ({@code oc -n openshift-ovn-kubernetes exec ovnkube-master-x -c northd --}).
 * Empty means "discover when connecting".
 *
 * @param root       put before commands that need root (e.g. {@code sudo -n}), empty when logged in as root
 * @param ovs        reaches ovs-vsctl, ovs-ofctl and ovs-appctl
 * @param northbound reaches ovn-nbctl
 * @param kubernetes the Kubernetes client, {@code oc} or {@code kubectl} (empty: none found)
 */
public record ToolPrefixes(String root, String ovs, String northbound, String kubernetes) {
    /** Prefixes may only name a program and its plain arguments: no shell syntax that could run more. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./=:@,+-]+( [A-Za-z0-9_./=:@,+-]+)*|");

    public static final ToolPrefixes DISCOVER = new ToolPrefixes("", "", "", "");

    public ToolPrefixes {
        root = check("root", root);
        ovs = check("ovs", ovs);
        northbound = check("northbound", northbound);
        kubernetes = check("kubernetes", kubernetes);
    }

    public Map<String, String> asMap() {
        return Map.of("root", root, "ovs", ovs, "northbound", northbound, "kubernetes", kubernetes);
    }

    private static String check(String name, String prefix) {
        String value = Objects.requireNonNullElse(prefix, "").strip();
        if (!SAFE.matcher(value).matches()) {
            throw new IllegalArgumentException("the " + name + " prefix '" + value
                    + "' has shell syntax in it; give a program and its arguments only");
        }
        return value;
    }
}
