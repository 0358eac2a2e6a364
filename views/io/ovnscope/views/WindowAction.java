package io.ovnscope.views;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.input.KeyCombination;

/**
 * One thing the user can do from the window. The menu item and the toolbar button are built from the same
 * action, so they share their shortcut, their enabled state and the tooltip that says why it is disabled.
 */
public final class WindowAction {
    private final String id;
    private final String text;
    private final KeyCombination shortcut;
    private final Runnable handler;
    private final BooleanProperty disabled = new SimpleBooleanProperty(false);
    private final StringProperty tooltip = new SimpleStringProperty();
    private final String plainTooltip;

    public WindowAction(String id, String text, KeyCombination shortcut, String tooltip, Runnable handler) {
        this.id = Objects.requireNonNull(id);
        this.text = Objects.requireNonNull(text);
        this.shortcut = shortcut;
        this.handler = Objects.requireNonNull(handler);
        this.plainTooltip = tooltip;
        this.tooltip.set(tooltip);
    }

    /** Disables the action and says in its tooltip why, so a greyed-out button still explains itself. */
    public WindowAction unavailable(String why) {
        disabled.set(true);
        tooltip.set(plainTooltip + " — " + why);
        return this;
    }

    /** Enables the action again, its tooltip back to what it does. */
    public WindowAction available() {
        disabled.set(false);
        tooltip.set(plainTooltip);
        return this;
    }

    public String id() {
        return id;
    }

    public String text() {
        return text;
    }

    public KeyCombination shortcut() {
        return shortcut;
    }

    public BooleanProperty disabledProperty() {
        return disabled;
    }

    public StringProperty tooltipProperty() {
        return tooltip;
    }

    public void run() {
        if (!disabled.get()) {
            handler.run();
        }
    }
}
