package io.ovnscope.views;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The menu bar; its items carry the keyboard shortcuts of the window actions. */
final class MainMenuBar {
    private MainMenuBar() {
    }

    static MenuBar of(List<Menu> menus) {
        MenuBar bar = new MenuBar();
        bar.setId("menubar");
        bar.getMenus().setAll(menus);
        return bar;
    }

    static Menu menu(String text, List<List<WindowAction>> groups) {
        Menu menu = new Menu(text);
        for (List<WindowAction> group : groups) {
            if (!menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            for (WindowAction action : group) {
                menu.getItems().add(item(action));
            }
        }
        return menu;
    }

    private static MenuItem item(WindowAction action) {
        MenuItem item = new MenuItem(action.text());
        item.setId("menu-" + action.id());
        item.setAccelerator(action.shortcut());
        item.disableProperty().bind(action.disabledProperty());
        item.setOnAction(e -> action.run());
        return item;
    }
}
