package io.ovnscope.collectors.snapshot;

/** Names an imported output the way the command catalog names the same output of a collection. */
final class ImportedItems {
    private ImportedItems() {
    }

    static String id(String kind, String command) {
        String last = command.strip().substring(command.strip().lastIndexOf(' ') + 1);
        return switch (kind) {
            case "ofctl-flows" -> "flows/" + last;
            case "appctl-flows" -> "datapath-flows/" + last;
            case "ofctl-show" -> "ports/" + last;
            case "nb-list" -> "nb/" + last;
            default -> kind;
        };
    }
}
