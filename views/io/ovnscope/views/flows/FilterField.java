package io.ovnscope.views.flows;

import io.ovnscope.core.browse.filter.FilterCompletion;
import io.ovnscope.core.browse.filter.FilterError;
import io.ovnscope.core.browse.filter.FilterResult;
import io.ovnscope.core.browse.filter.FlowFilter;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The filter box: applies a filter once typing pauses (or at Enter), offers completions as a word is typed
 * (or at Ctrl+Space), and shows what is wrong with a bad filter in a line under it, never in a dialog; the
 * flows stay as the last good filter left them.
 */
final class FilterField {
    private static final int MAX_CANDIDATES = 14;

    private final TextField field = new TextField();
    private final Label error = new Label();
    private final ContextMenu completions = new ContextMenu();
    private final PauseTransition pause = new PauseTransition(Duration.millis(200));
    private final VBox view = new VBox(2, field, error);
    private final Consumer<FlowFilter> apply;

    FilterField(Consumer<FlowFilter> apply) {
        this.apply = apply;
        field.setId("flow-filter");
        field.setPromptText("Filter: table=41 and nw_dst~=10.43.0.0/16, n_packets>0, actions has ct   (Ctrl+Space completes)");
        error.setId("flow-filter-error");
        error.getStyleClass().add("filter-error");
        error.setWrapText(true);
        showError(null);
        pause.setOnFinished(e -> compile());
        field.textProperty().addListener((seen, before, now) -> pause.playFromStart());
        field.setOnAction(e -> {
            pause.stop();
            completions.hide();
            compile();
        });
        field.addEventHandler(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.SPACE && key.isControlDown()) {
                complete(true);
                key.consume();
            }
        });
        // The field takes the typed character after this handler runs: complete once it has.
        field.addEventHandler(KeyEvent.KEY_TYPED, key -> Platform.runLater(() -> complete(false)));
    }

    VBox view() {
        return view;
    }

    private void compile() {
        FilterResult result = FlowFilter.compile(field.getText());
        if (result instanceof FilterResult.Refused refused) {
            showError(refused.error());
            return;
        }
        showError(null);
        apply.accept(((FilterResult.Accepted) result).filter());
    }

    private void showError(FilterError problem) {
        boolean bad = problem != null;
        error.setText(bad ? problem.message() : "");
        error.setVisible(bad);
        error.setManaged(bad);
        field.getStyleClass().remove("filter-bad");
        if (bad) {
            field.getStyleClass().add("filter-bad");
        }
    }

    /** Offers what fits at the caret: always when asked, while typing only inside a started word. */
    private void complete(boolean asked) {
        FilterCompletion completion = FilterCompletion.at(field.getText(), field.getCaretPosition());
        if (completion.candidates().isEmpty() || !asked && completion.from() == completion.to()) {
            completions.hide();
            return;
        }
        completions.getItems().clear();
        completion.candidates().stream().limit(MAX_CANDIDATES).forEach(candidate -> {
            MenuItem item = new MenuItem(candidate);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> insert(completion, candidate));
            completions.getItems().add(item);
        });
        if (!completions.isShowing()) {
            completions.show(field, Side.BOTTOM, 0, 0);
        }
    }

    private void insert(FilterCompletion completion, String candidate) {
        String text = field.getText();
        String replaced = text.substring(0, completion.from()) + candidate + text.substring(completion.to());
        field.setText(replaced);
        field.positionCaret(completion.from() + candidate.length());
    }
}
