package io.ovnscope.core.compare;

/** The kinds of configuration a comparison looks at besides flows, with how a listing names them. */
public enum ObjectArea {
    LOAD_BALANCER_VIP("load balancer VIPs"),
    LOAD_BALANCER_USE("load balancers on switches and routers"),
    STATIC_ROUTE("OVN static routes"),
    ROUTER_POLICY("OVN router policies"),
    NAT("OVN NAT"),
    IPTABLES_RULE("iptables rules"),
    HOST_ROUTE("host routes");

    private final String title;

    ObjectArea(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
