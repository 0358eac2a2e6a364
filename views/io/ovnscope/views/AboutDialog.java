package io.ovnscope.views;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Help → About: the name, the version and the license. */
final class AboutDialog {
    private AboutDialog() {
    }

    static void show(Window owner, String version) {
        Alert about = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        about.initOwner(owner);
        about.setTitle("About ovnscope");
        about.setHeaderText("ovnscope " + version);
        about.setContentText("""
                Where a packet goes on an Open vSwitch / OVN Kubernetes node, and why.

                Licensed under the Apache License, Version 2.0.""");
        about.getDialogPane().setId("about");
        about.showAndWait();
    }
}
