package io.ovnscope.views;

import io.ovnscope.core.snapshot.SnapshotSource;
import io.ovnscope.views.snapshot.ShownSnapshot;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The window's actions with their shortcuts, and when each is available: an action that cannot run says why
 * in its tooltip (no snapshot open, a demo that cannot be collected again, work not built yet).
 */
final class WindowActions {
    private static final String NEEDS_SNAPSHOT = "needs an open snapshot";
    private static final String NEEDS_TOPOLOGY = "needs a drawn topology: open a snapshot";

    private final WindowAction connect;
    private final WindowAction open;
    private final WindowAction save;
    private final WindowAction exportSvg;
    private final WindowAction exportPng;
    private final WindowAction exportPng2x;
    private final WindowAction refresh;
    private final WindowAction quit;
    private final WindowAction about;

    /** What each action does; the window supplies them. */
    record Handlers(Runnable connect, Runnable refresh, Runnable open, Runnable save, Runnable exportSvg,
                    Runnable exportPng, Runnable exportPng2x, Runnable quit, Runnable about) {
    }

    WindowActions(Handlers handlers) {
        connect = new WindowAction("connect", "Connect…",
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                "Collect a node over SSH (Ctrl+N)", handlers.connect());
        open = new WindowAction("open", "Open snapshot…",
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                "Open a saved snapshot (Ctrl+O)", handlers.open());
        save = new WindowAction("save", "Save snapshot…",
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                "Save the open snapshot (Ctrl+S)", handlers.save()).unavailable(NEEDS_SNAPSHOT);
        exportSvg = new WindowAction("exportSvg", "Export SVG…",
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                "Export the topology as SVG (Ctrl+E)", handlers.exportSvg()).unavailable(NEEDS_TOPOLOGY);
        exportPng = new WindowAction("exportPng", "Export PNG…", null,
                "Export the topology as a PNG image at its natural size", handlers.exportPng())
                .unavailable(NEEDS_TOPOLOGY);
        exportPng2x = new WindowAction("exportPng2x", "Export PNG at 2×…", null,
                "Export the topology as a PNG image at twice its size, for high-density screens and print",
                handlers.exportPng2x()).unavailable(NEEDS_TOPOLOGY);
        refresh = new WindowAction("refresh", "Refresh", new KeyCodeCombination(KeyCode.F5),
                "Collect the node again (F5)", handlers.refresh()).unavailable(NEEDS_SNAPSHOT);
        quit = new WindowAction("quit", "Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN),
                "Close ovnscope (Ctrl+Q)", handlers.quit());
        about = new WindowAction("about", "About ovnscope", null, "Version and license", handlers.about());
    }

    /** Save works on any snapshot; Refresh only when a saved profile can reach its node again. */
    void snapshotShown(ShownSnapshot now) {
        save.available();
        SnapshotSource source = now.snapshot().source();
        if (now.profile().isPresent()) {
            refresh.available();
        } else if (source.origin() == SnapshotSource.Origin.DEMO) {
            refresh.unavailable("the demo was not collected from a node; use Connect…");
        } else if (source.origin() == SnapshotSource.Origin.IMPORT) {
            refresh.unavailable("this snapshot was imported from files; use Connect…");
        } else {
            refresh.unavailable("no saved profile reaches " + source.address() + "; use Connect…");
        }
    }

    /** Export works once a picture is drawn, and not while none is. */
    void topologyDrawn(boolean drawn) {
        for (WindowAction export : List.of(exportSvg, exportPng, exportPng2x)) {
            if (drawn) {
                export.available();
            } else {
                export.unavailable(NEEDS_TOPOLOGY);
            }
        }
    }

    List<List<WindowAction>> toolbarGroups() {
        return List.of(List.of(connect, refresh), List.of(open, save), List.of(exportSvg));
    }

    List<Menu> menus() {
        return List.of(
                MainMenuBar.menu("_File", List.of(List.of(connect, refresh), List.of(open, save),
                        List.of(exportSvg, exportPng, exportPng2x), List.of(quit))),
                MainMenuBar.menu("_Help", List.of(List.of(about))));
    }
}
