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
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The tree on the left: the node, then its OVN objects, OpenFlow bridges and iptables chains.
 * Until a snapshot is open it shows the groups empty, so a new user sees what will be there.
 */
final class NavigatorPane {
    private final TreeView<NavEntry> tree = new TreeView<>();

    /**
     * @param selected told of each selection (the details pane follows it)
     * @param opened   told when an entry is opened by double click or Enter (a bridge's flows open then)
     */
    NavigatorPane(Consumer<Optional<Object>> selected, Consumer<Object> opened) {
        tree.setId("navigator");
        tree.setShowRoot(true);
        tree.setRoot(NavigatorTree.empty("No node open"));
        tree.setCellFactory(view -> new EntryCell());
        tree.getSelectionModel().selectedItemProperty().addListener((seen, before, now) ->
                selected.accept(Optional.ofNullable(now).map(TreeItem::getValue).flatMap(NavEntry::subject)));
        tree.setOnMouseClicked(click -> {
            if (click.getClickCount() == 2) {
                openSelected(opened);
            }
        });
        tree.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER) {
                openSelected(opened);
            }
        });
    }

    private void openSelected(Consumer<Object> opened) {
        Optional.ofNullable(tree.getSelectionModel().getSelectedItem()).map(TreeItem::getValue)
                .flatMap(NavEntry::subject).ifPresent(opened);
    }

    void show(Snapshot snapshot) {
        tree.setRoot(NavigatorTree.of(snapshot));
        tree.getSelectionModel().select(tree.getRoot());
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
