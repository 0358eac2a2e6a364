package io.ovnscope.views;

import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.views.snapshot.NavEntry;
import io.ovnscope.views.snapshot.NavigatorTree;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
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
        tree.setCellFactory(view -> new EntryCell());
        tree.getSelectionModel().selectedItemProperty().addListener((seen, before, now) ->
                selected.accept(Optional.ofNullable(now).map(TreeItem::getValue).flatMap(NavEntry::subject)));
    }

    void show(Snapshot snapshot) {
        tree.setRoot(NavigatorTree.of(snapshot));
        tree.getSelectionModel().select(tree.getRoot());
    }

    /**
     * Selects the line of a snapshot object (the topology's selection), opening the groups above it; false
     * when no line shows it (the host side is not in the tree).
     */
    boolean select(Object subject) {
        Optional<TreeItem<NavEntry>> item = find(tree.getRoot(), subject);
        item.ifPresentOrElse(found -> {
            for (TreeItem<NavEntry> up = found.getParent(); up != null; up = up.getParent()) {
                up.setExpanded(true);
            }
            tree.getSelectionModel().select(found);
            int row = tree.getRow(found);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        }, this::clearSelection);
        return item.isPresent();
    }

    void clearSelection() {
        tree.getSelectionModel().clearSelection();
    }

    private static Optional<TreeItem<NavEntry>> find(TreeItem<NavEntry> item, Object subject) {
        if (item.getValue() != null && item.getValue().subject().filter(s -> s == subject).isPresent()) {
            return Optional.of(item);
        }
        for (TreeItem<NavEntry> child : item.getChildren()) {
            Optional<TreeItem<NavEntry>> found = find(child, subject);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    TreeView<NavEntry> view() {
        return tree;
    }

    /** A line whose tooltip repeats it whole, since long OVN names do not fit a narrow navigator. */
    private static final class EntryCell extends TreeCell<NavEntry> {
        @Override
        protected void updateItem(NavEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(empty || entry == null ? null : entry.label());
            setTooltip(empty || entry == null ? null : new Tooltip(entry.label()));
        }
    }
}
