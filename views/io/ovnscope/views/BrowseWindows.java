package io.ovnscope.views;

import io.ovnscope.core.browse.find.FindHit;
import io.ovnscope.core.model.host.IptablesChain;
import io.ovnscope.core.model.host.IptablesTable;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.core.snapshot.CapturedOutput;
import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.trace.TraceExample;
import io.ovnscope.views.background.Background;
import io.ovnscope.views.find.FindWindow;
import io.ovnscope.views.flows.FlowBrowserWindow;
import io.ovnscope.views.flows.FlowOpener;
import io.ovnscope.views.iptables.IptablesWindow;
import io.ovnscope.views.raw.RawOutputWindow;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * The windows that browse the open snapshot beside the main one: a bridge's flow tables, a command's raw
 * output, an iptables table, and find everywhere (Ctrl+F). Kept out of {@link MainWindow} so the main window only hands over
 * what was opened.
 */
final class BrowseWindows {
    private final Supplier<Optional<Snapshot>> shown;
    private final FlowOpener flows;
    private final RawOutputWindow raw;
    private final FindWindow finder;
    private final IptablesWindow iptables;
    private final Consumer<TraceExample> trace;

    /** @param trace runs a trace example in the main window's trace panel */
    BrowseWindows(Stage owner, Scene scene, Background background, Supplier<Optional<Snapshot>> shown,
                  Consumer<Object> details, Consumer<TraceExample> trace) {
        this.shown = shown;
        this.trace = trace;
        String styleSheet = scene.getStylesheets().get(0);
        flows = new FlowOpener(new FlowBrowserWindow(owner, styleSheet, background));
        raw = new RawOutputWindow(owner, styleSheet);
        iptables = new IptablesWindow(owner, styleSheet);
        finder = new FindWindow(owner, styleSheet, background, details, this::open);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> shown.get().ifPresent(finder::open));
    }

    /**
     * Opens what the navigator opened: a bridge or table in the flow window, an output in the raw window, an
     * iptables table or chain in the iptables window.
     */
    void open(Object subject) {
        if (subject instanceof CapturedOutput output) {
            raw.show(output, 0);
        } else if (subject instanceof IptablesTable table) {
            iptables.show(table, Optional.empty());
        } else if (subject instanceof IptablesChain chain) {
            shown.get().flatMap(snapshot -> snapshot.node().iptables().stream()
                            .filter(table -> table.chains().contains(chain)).findFirst())
                    .ifPresent(table -> iptables.show(table, Optional.of(chain)));
        } else {
            shown.get().ifPresent(snapshot -> flows.open(snapshot, subject));
        }
    }

    /** Opens a find hit: a flow at its table, a line of an output in the raw window, a trace example traced. */
    private void open(FindHit hit) {
        shown.get().ifPresent(snapshot -> {
            if (hit.subject() instanceof TraceExample example) {
                trace.accept(example);
            } else if (hit.subject() instanceof Flow flow) {
                flows.openTable(snapshot, hit.item().substring(hit.item().indexOf('/') + 1), flow.table());
            } else if (!hit.item().isEmpty()) {
                snapshot.output(hit.item()).ifPresent(output -> raw.show(output, hit.line()));
            }
        });
    }
}
