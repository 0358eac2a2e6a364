package io.ovnscope.collectors.catalog;

import java.util.Objects;

/**
 * One entry of the command catalog.
 *
 * @param id            a stable name for the output in the snapshot; {@code {bridge}} is replaced per bridge
 * @param run           the command without its tool prefix; {@code {bridge}} is replaced per bridge
 * @param kind          the parser that reads the output
 * @param root          whether it needs root on the node (then the root prefix, such as {@code sudo -n}, is used)
 * @param forEachBridge run once per bridge found by the {@code bridges} item
 * @param onlyIfBridge  run only when this bridge exists (null: always)
 */
public record CatalogItem(String id, Tool tool, String run, String kind, boolean root, boolean forEachBridge,
                          String onlyIfBridge) {
    public CatalogItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(kind, "kind");
    }
}
