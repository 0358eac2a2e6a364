package io.ovnscope.core.browse.find;

/** Where a find hit is, in the order the results list the groups. */
public enum FindKind {
    LOAD_BALANCER("Load balancers"),
    LOAD_BALANCER_VIP("Load balancer VIPs"),
    LOGICAL_SWITCH("OVN switches"),
    SWITCH_PORT("OVN switch ports"),
    LOGICAL_ROUTER("OVN routers"),
    ROUTER_PORT("OVN router ports"),
    STATIC_ROUTE("OVN static routes"),
    ROUTER_POLICY("OVN router policies"),
    NAT("OVN NAT"),
    FLOW("OpenFlow flows"),
    IPTABLES_RULE("iptables rules"),
    RAW_OUTPUT("Raw outputs"),
    TRACE_EXAMPLE("Trace examples");

    private final String title;

    FindKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
