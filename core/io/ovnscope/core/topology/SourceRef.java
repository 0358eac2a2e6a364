package io.ovnscope.core.topology;

import java.util.Objects;

/**
 * The collected object an element was drawn from, so a view can select the same object in its navigator.
 *
 * @param table the northbound table ({@code Logical_Switch}, {@code Logical_Router}, {@code Logical_Switch_Port},
 *              {@code Logical_Router_Port}, {@code Load_Balancer}), or {@code Bridge}, {@code Interface},
 *              {@code Pod}, {@code Node} for what came from the host or Kubernetes
 * @param key   the row's UUID when the snapshot has it, else its name
 */
public record SourceRef(String table, String key) {
    public SourceRef {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(key, "key");
    }
}
