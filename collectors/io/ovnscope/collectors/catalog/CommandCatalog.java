package io.ovnscope.collectors.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The commands ovnscope runs on a node, read from {@code catalog.json} beside this class. */
public final class CommandCatalog {
    /** The item whose output names the bridges that {@code forEachBridge} items run for. */
    public static final String BRIDGES = "bridges";

    private final List<CatalogItem> items;
    private final List<String> likelyBridges;

    private CommandCatalog(List<CatalogItem> items, List<String> likelyBridges) {
        this.items = List.copyOf(items);
        this.likelyBridges = likelyBridges == null ? List.of() : List.copyOf(likelyBridges);
    }

    public static CommandCatalog builtIn() {
        ObjectMapper mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        try (InputStream in = Objects.requireNonNull(CommandCatalog.class.getResourceAsStream("catalog.json"),
                "catalog.json is missing from the jar")) {
            CatalogFile file = mapper.readValue(in, CatalogFile.class);
            return new CommandCatalog(file.items(), file.likelyBridges());
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in command catalog cannot be read", e);
        }
    }

    public List<CatalogItem> items() {
        return items;
    }

    /** The commands to run before the bridges are known. */
    public List<PlannedCommand> firstRound() {
        return items.stream()
                .filter(i -> !i.forEachBridge() && i.onlyIfBridge() == null)
                .map(i -> new PlannedCommand(i.id(), i.tool(), i.run(), i.kind(), i.root()))
                .toList();
    }

    /** The commands that depend on the node's bridges. */
    public List<PlannedCommand> perBridge(List<String> bridges) {
        List<PlannedCommand> planned = new ArrayList<>();
        for (CatalogItem item : items) {
            if (item.forEachBridge()) {
                for (String bridge : bridges) {
                    planned.add(new PlannedCommand(item.id().replace("{bridge}", bridge), item.tool(),
                            item.run().replace("{bridge}", bridge), item.kind(), item.root()));
                }
            } else if (item.onlyIfBridge() != null && bridges.contains(item.onlyIfBridge())) {
                planned.add(new PlannedCommand(item.id(), item.tool(), item.run(), item.kind(), item.root()));
            }
        }
        return planned;
    }

    /** The bridges a node most likely has, to start their commands before the node has named its own. */
    public List<String> likelyBridges() {
        return likelyBridges;
    }

    private record CatalogFile(List<CatalogItem> items, List<String> likelyBridges) {
    }
}
