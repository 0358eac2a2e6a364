package io.ovnscope.core.topology;

/**
 * The ids of elements: the kind and the object's name (its UUID when it has no name), so the same snapshot
 * always gives the same ids and a view can keep its selection and fold state across rebuilds.
 */
public final class ElementIds {
    private ElementIds() {
    }

    public static String router(String nameOrUuid) {
        return "router:" + nameOrUuid;
    }

    public static String routerPort(String name) {
        return "router-port:" + name;
    }

    public static String logicalSwitch(String nameOrUuid) {
        return "switch:" + nameOrUuid;
    }

    /** Switch ports, pods and the management port share this id space: a port is one of them. */
    public static String switchPort(String name) {
        return "switch-port:" + name;
    }

    public static String podGroup(String switchId) {
        return "pods-of:" + switchId;
    }

    public static String loadBalancer(String uuidOrName) {
        return "load-balancer:" + uuidOrName;
    }

    public static String bridge(String name) {
        return "bridge:" + name;
    }

    public static String uplink(String name) {
        return "uplink:" + name;
    }

    public static String host(String node) {
        return "host:" + node;
    }

    public static String externalNetwork(String node) {
        return "external-network:" + node;
    }
}
