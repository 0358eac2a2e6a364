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
    private static final String WORD = "[A-Za-z0-9_./=:@,+-]+";
    private static final String SUDO = "(sudo( -n)?( -E)? )?";
    private static final String KUBE = "(oc|kubectl)( --kubeconfig[= ]" + WORD + ")?";
    // Each shape is matched against the prefix plus one space, so every word of it ends in a space.
    private static final Pattern ROOT = Pattern.compile("sudo( -n)?( -E)? ");
    /**
     * The only shapes a prefix may have: become root, and/or step into the namespace or container that has
     * the tool. Anything else could turn a read-only catalog command into one that writes, so it is refused.
     */
    private static final Pattern ENTRY = Pattern.compile(SUDO + "("
            + KUBE + "( -n " + WORD + "| --namespace[= ]" + WORD + ")* exec( -i)? " + WORD + "( -c " + WORD
            + ")? -- |(crictl|docker|podman) exec( -i)? " + WORD + " |ip netns exec " + WORD + " )?");
    private static final Pattern KUBERNETES = Pattern.compile(SUDO + KUBE + " ");

    public static final ToolPrefixes DISCOVER = new ToolPrefixes("", "", "", "");

    public ToolPrefixes {
        root = check("root", root, ROOT, "sudo, sudo -n or nothing");
        ovs = check("ovs", ovs, ENTRY, "sudo and/or a way into the namespace or container (oc exec ... --)");
        northbound = check("northbound", northbound, ENTRY,
                "sudo and/or a way into the container (oc -n NS exec POD -c CONTAINER --)");
        kubernetes = check("kubernetes", kubernetes, KUBERNETES, "oc or kubectl, optionally with sudo");
    }

    public Map<String, String> asMap() {
        return Map.of("root", root, "ovs", ovs, "northbound", northbound, "kubernetes", kubernetes);
    }

    private static String check(String name, String prefix, Pattern shape, String expected) {
        String value = Objects.requireNonNullElse(prefix, "").strip().replaceAll("\\s+", " ");
        if (!value.isEmpty() && !shape.matcher(value + " ").matches()) {
            throw new IllegalArgumentException("the " + name + " prefix '" + value + "' is not allowed: expected "
                    + expected + ". ovnscope only reads a node, so it runs nothing else before its commands");
        }
        return value;
    }
}
