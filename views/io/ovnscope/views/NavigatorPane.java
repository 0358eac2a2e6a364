package io.ovnscope.views;

import java.util.List;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/**
 * The tree on the left: the node, then its OVN objects, OpenFlow bridges and iptables chains.
 * Until a snapshot is open it shows the groups empty, so a new user sees what will be there.
 */
final class NavigatorPane {
    static final List<String> GROUPS = List.of(
            "OVN switches", "OVN routers", "Load balancers", "OpenFlow bridges", "iptables chains");

    private final TreeView<String> tree = new TreeView<>();

    NavigatorPane() {
        tree.setId("navigator");
        tree.setShowRoot(true);
        showNode("No node open");
    }

    void showNode(String nodeName) {
        TreeItem<String> root = new TreeItem<>(nodeName);
        root.setExpanded(true);
        for (String group : GROUPS) {
            root.getChildren().add(new TreeItem<>(group));
        }
        tree.setRoot(root);
    }

    TreeView<String> view() {
        return tree;
    }
}
