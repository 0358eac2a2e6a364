package io.ovnscope.views;

import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.views.snapshot.NavEntry;
import io.ovnscope.views.snapshot.NavigatorTree;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/**
 * The tree on the left: the node, then its OVN objects, OpenFlow bridges and iptables chains.
 * Until a snapshot is open it shows the groups empty, so a new user sees what will be there.
 */
final class NavigatorPane {
    private final TreeView<NavEntry> tree = new TreeView<>();

    NavigatorPane(Consumer<Optional<Object>> selected) {
        tree.setId("navigator");
        tree.setShowRoot(true);
        tree.setRoot(NavigatorTree.empty("No node open"));
        tree.getSelectionModel().selectedItemProperty().addListener((seen, before, now) ->
                selected.accept(Optional.ofNullable(now).map(TreeItem::getValue).flatMap(NavEntry::subject)));
    }

    void show(Snapshot snapshot) {
        tree.setRoot(NavigatorTree.of(snapshot));
        tree.getSelectionModel().select(tree.getRoot());
    }

    TreeView<NavEntry> view() {
        return tree;
    }
}
