package io.ovnscope.views.trace;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The bar above the step table: request or reply, restart, step back, play or pause, step forward, speed; then
 * the packet's current source and destination, and the export buttons.
 */
final class PlayerBar {
    private static final List<Double> SPEEDS = List.of(0.25, 0.5, 1.0, 2.0, 4.0);

    /** What the export buttons do. */
    record Exports(Runnable markdown, Runnable json, Runnable svg) {
    }

    private final ToggleButton request = new ToggleButton("Request");
    private final ToggleButton reply = new ToggleButton("Reply");
    private final Button play = new Button("Play");
    private final Label packet = new Label();
    private final VBox view;

    /** @param replyChosen told true when the reply is chosen, false for the request */
    PlayerBar(PacketAnimation animation, Consumer<Boolean> replyChosen, Exports exports) {
        ToggleGroup direction = new ToggleGroup();
        request.setToggleGroup(direction);
        reply.setToggleGroup(direction);
        request.setId("trace-request");
        reply.setId("trace-reply");
        request.setSelected(true);
        reply.setDisable(true);
        direction.selectedToggleProperty().addListener((seen, before, now) -> {
            if (now == null) {
                before.setSelected(true);
            } else {
                replyChosen.accept(now == reply);
            }
        });
        play.setId("trace-play");
        play.setOnAction(e -> animation.toggle());
        play.setTooltip(new Tooltip("Play or pause (space)"));
        Button restart = button("trace-restart", "Restart", "Restart (Home)", animation::restart);
        Button backward = button("trace-back", "◀", "Step back (←)", animation::back);
        Button forward = button("trace-forward", "▶", "Step forward (→)", animation::forward);
        ComboBox<Double> speed = speed(animation);
        Button markdown = button("trace-export-markdown", "Markdown…", "Export the table as Markdown", exports.markdown());
        Button json = button("trace-export-json", "JSON…", "Export the request and reply as JSON", exports.json());
        Button svg = button("trace-export-svg", "SVG…", "Export the topology with the path as SVG", exports.svg());
        for (Region control : List.of(request, reply, restart, backward, play, forward, speed, markdown, json, svg)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox controls = new HBox(4, request, reply, new Separator(Orientation.VERTICAL), restart, backward, play,
                forward, speed);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setMinWidth(0);
        packet.setId("trace-packet");
        packet.getStyleClass().add("trace-packet");
        packet.setMinWidth(0);
        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox now = new HBox(6, heading("Packet"), packet, gap, heading("Export"), markdown, json, svg);
        now.setMinWidth(0);
        now.setAlignment(Pos.CENTER_LEFT);
        view = new VBox(4, controls, now);
        view.setPadding(new Insets(4));
        view.getStyleClass().add("trace-bar");
    }

    VBox view() {
        return view;
    }

    void showPlaying(boolean playing) {
        play.setText(playing ? "Pause" : "Play");
    }

    /** Shows the packet's addresses; true when they changed. */
    boolean showPacket(String label) {
        if (label.equals(packet.getText())) {
            return false;
        }
        packet.setText(label);
        return true;
    }

    void replyAvailable(boolean available) {
        reply.setDisable(!available);
    }

    /** Chooses the request (false) or the reply (true), as a click would. */
    void choose(boolean replyShown) {
        (replyShown ? reply : request).setSelected(true);
    }

    private static ComboBox<Double> speed(PacketAnimation animation) {
        ComboBox<Double> speed = new ComboBox<>(FXCollections.observableArrayList(SPEEDS));
        speed.setId("trace-speed");
        speed.setValue(1.0);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : (value == Math.floor(value) ? String.valueOf(value.intValue()) : value) + "×";
            }

            @Override
            public Double fromString(String text) {
                return Double.valueOf(text.replace("×", ""));
            }
        });
        speed.valueProperty().addListener((seen, before, now) -> animation.speed(now == null ? 1 : now));
        return speed;
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("trace-heading");
        return heading;
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }
}
