package io.ovnscope.collectors.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;

/** Which tool family a catalog command belongs to; each has its own prefix that reaches it on the node. */
public enum Tool {
    OVS("ovs"), OVN_NB("ovn-nb"), HOST("host"), KUBERNETES("kubernetes");

    private final String key;

    Tool(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    @JsonCreator
    public static Tool of(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown tool '" + key + "' in the command catalog"));
    }
}
