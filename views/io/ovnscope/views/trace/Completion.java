package io.ovnscope.views.trace;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;

/** Offers the snapshot's names and addresses that start with (or contain) what is typed in a field. */
final class Completion {
    private static final int SHOWN = 12;

    private Completion() {
    }

    static void attach(TextField field, Supplier<List<String>> candidates) {
        ContextMenu menu = new ContextMenu();
        menu.setId(field.getId() + "-completion");
        field.textProperty().addListener((seen, before, now) -> {
            if (!field.isFocused() || now.isBlank()) {
                menu.hide();
                return;
            }
            String typed = now.strip().toLowerCase(Locale.ROOT);
            List<String> offered = candidates.get().stream()
                    .filter(c -> c.toLowerCase(Locale.ROOT).contains(typed) && !c.equalsIgnoreCase(typed))
                    .sorted(Comparator.comparing((String c) -> !c.toLowerCase(Locale.ROOT).startsWith(typed))
                            .thenComparing(Comparator.naturalOrder()))
                    .limit(SHOWN).toList();
            if (offered.isEmpty()) {
                menu.hide();
                return;
            }
            menu.getItems().setAll(offered.stream().map(text -> {
                MenuItem item = new MenuItem(text);
                item.setOnAction(e -> {
                    field.setText(text);
                    field.positionCaret(text.length());
                    menu.hide();
                });
                return item;
            }).toList());
            if (!menu.isShowing()) {
                menu.show(field, Side.BOTTOM, 0, 0);
            }
        });
        field.focusedProperty().addListener((seen, before, now) -> {
            if (!now) {
                menu.hide();
            }
        });
    }
}
