package io.ovnscope.collectors.catalog;

/** A catalog item made concrete for one node: what to run there (without the tool prefix) and how to read it. */
public record PlannedCommand(String id, Tool tool, String command, String kind, boolean root) {
}
