package io.ovnscope.views.flows;

import io.ovnscope.core.browse.FlowGrouping;
import io.ovnscope.core.browse.FlowListing;
import io.ovnscope.core.browse.filter.FlowFilter;
import io.ovnscope.core.model.openflow.Flow;
import io.ovnscope.views.background.Background;
import io.ovnscope.views.background.OneLine;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * One bridge's flows as a table (table, priority, cookie, packets, bytes, match, actions) that stays fluid
 * with a million flows: the rows are positions in a {@link FlowListing}, so cells read a flow only when it
 * scrolls into view, and the table holds only the rows on screen ({@link PagedTable}). Filter, grouping and
 * jumps to a table all stay inside this pane.
 */
public final class FlowTableView implements FlowRowSource {
    private static final double ROW_HEIGHT = 24;
    /** From this many flows, filtering and grouping run off the FX thread: they take a tenth of a second. */
    private static final int BACKGROUND_FROM = 50_000;

    private static final PseudoClass GROUP_LINE = PseudoClass.getPseudoClass("flow-group");

    private final TableView<Integer> table = new TableView<>();
    private final CounterText counters = new CounterText(Locale.getDefault(Locale.Category.FORMAT));
    private final PagedTable paged = new PagedTable(table, ROW_HEIGHT);
    private final FilterField filter = new FilterField(this::filter);
    private final ChoiceBox<FlowGrouping> grouping = new ChoiceBox<>(FXCollections.observableArrayList(FlowGrouping.values()));
    private final Label bridgeLabel = new Label();
    private final Label count = new Label();
    private final BorderPane root = new BorderPane();
    private List<Flow> flows = List.of();
    private FlowFilter current = FlowFilter.ALL;
    private FlowListing shownListing = FlowListing.of(List.of(), FlowFilter.ALL, FlowGrouping.TABLE);
    private long maxPackets;
    private final Background background;
    private int generation;
    private boolean listingInFlight;
    private OptionalInt pendingJump = OptionalInt.empty();

    /** A flow table that lists on the FX thread: for small dumps and tests. */
    public FlowTableView() {
        this(null);
    }

    /** A flow table that lists large dumps on {@code background}, keeping the window responsive. */
    public FlowTableView(Background background) {
        this.background = background;
        root.setId("flow-table-view");
        table.setId("flow-table");
        table.setPlaceholder(new Label("No flow matches the filter."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().setAll(List.of(
                textColumn("Table", 90, flow -> Integer.toString(flow.table()), true),
                textColumn("Priority", 70, flow -> Integer.toString(flow.priority()), false),
                textColumn("Cookie", 110, Flow::cookieText, false),
                packetsColumn(),
                numberColumn(textColumn("Bytes", 130, flow -> counters.counter(flow.stats().bytes()), false)),
                matchColumn(),
                actionsColumn()));
        table.setRowFactory(view -> new GroupAwareRow());
        grouping.setId("flow-grouping");
        grouping.setValue(FlowGrouping.TABLE);
        grouping.setConverter(new StringConverter<>() {
            @Override
            public String toString(FlowGrouping value) {
                return value == null ? "" : value.label();
            }

            @Override
            public FlowGrouping fromString(String text) {
                for (FlowGrouping value : FlowGrouping.values()) {
                    if (value.label().equals(text)) {
                        return value;
                    }
                }
                return null;
            }
        });
        grouping.valueProperty().addListener((seen, before, now) -> relist());
        bridgeLabel.getStyleClass().add("flow-bridge");
        count.setId("flow-count");
        HBox.setHgrow(filter.view(), Priority.ALWAYS);
        HBox bar = new HBox(8, bridgeLabel, filter.view(), grouping, count);
        bar.setAlignment(Pos.TOP_LEFT);
        bar.setPadding(new Insets(6));
        root.setTop(bar);
        root.setCenter(paged.view());
        PagingInput.attach(paged, ROW_HEIGHT, paged.view(), table);
    }

    /** Shows a bridge's flows with the filter and grouping as they are. */
    public void show(String bridge, List<Flow> bridgeFlows) {
        bridgeLabel.setText(bridge);
        flows = bridgeFlows;
        long max = 0;
        for (Flow flow : bridgeFlows) {
            max = Math.max(max, flow.stats().packets());
        }
        maxPackets = max;
        relist();
    }

    /** Scrolls to the first shown flow of a table and selects it; says so when the filter hides the table. */
    public void jumpToTable(int tableNumber) {
        if (listingInFlight) {
            pendingJump = OptionalInt.of(tableNumber);
            return;
        }
        int position = shownListing.firstOfTable(tableNumber);
        if (position < 0) {
            count.setText("table " + tableNumber + ": no flow shown");
            return;
        }
        // The line above the flow is its table's group line: it shows which table the jump landed in.
        paged.showFrom(Math.max(0, position - 1));
        paged.select(position);
        table.requestFocus();
        showCount();
    }

    public Parent view() {
        return root;
    }

    @Override
    public FlowListing listing() {
        return shownListing;
    }

    @Override
    public long maxPackets() {
        return maxPackets;
    }

    private void filter(FlowFilter chosen) {
        current = chosen;
        relist();
    }

    private void relist() {
        List<Flow> all = flows;
        FlowFilter filter = current;
        FlowGrouping by = grouping.getValue();
        if (background == null || all.size() < BACKGROUND_FROM) {
            apply(FlowListing.of(all, filter, by));
            return;
        }
        int ticket = ++generation;
        listingInFlight = true;
        count.setText(String.format("listing %,d flows…", all.size()));
        Task<FlowListing> task = new Task<>() {
            @Override
            protected FlowListing call() {
                return FlowListing.of(all, filter, by);
            }
        };
        // A newer filter or grouping may have started meanwhile: only the latest listing is shown.
        task.setOnSucceeded(done -> {
            if (ticket == generation) {
                listingInFlight = false;
                apply(task.getValue());
                pendingJump.ifPresent(this::jumpToTable);
                pendingJump = OptionalInt.empty();
            }
        });
        task.setOnFailed(failed -> {
            if (ticket == generation) {
                listingInFlight = false;
                count.setText("could not list the flows: " + OneLine.of(task.getException()));
            }
        });
        background.start(task);
    }

    private void apply(FlowListing made) {
        shownListing = made;
        paged.showListing(made.size());
        // Positions are equal across listings, so cells would keep their old flow without a refresh.
        table.refresh();
        showCount();
    }

    private void showCount() {
        count.setText(shownListing.flowCount() == flows.size() ? String.format("%,d flows", flows.size())
                : String.format("%,d of %,d flows", shownListing.flowCount(), flows.size()));
    }

    private TableColumn<Integer, Integer> textColumn(String title, double width, Function<Flow, String> text,
                                                     boolean showsGroup) {
        TableColumn<Integer, Integer> column = positionColumn(title, width);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer position, boolean empty) {
                super.updateItem(position, empty);
                if (empty || position == null) {
                    setText(null);
                } else if (shownListing.isGroup(position)) {
                    setText(showsGroup ? shownListing.group(position).label() : null);
                } else {
                    setText(text.apply(shownListing.flow(position)));
                }
            }
        });
        return column;
    }

    /** Counters read best aligned on their last digit. */
    private static TableColumn<Integer, Integer> numberColumn(TableColumn<Integer, Integer> column) {
        column.getStyleClass().add("flow-number");
        return column;
    }

    private TableColumn<Integer, Integer> packetsColumn() {
        TableColumn<Integer, Integer> column = positionColumn("Packets", 140);
        column.setCellFactory(c -> new PacketsCell(this, counters));
        return numberColumn(column);
    }

    private TableColumn<Integer, Integer> matchColumn() {
        TableColumn<Integer, Integer> column = positionColumn("Match", 380);
        column.setCellFactory(c -> new MatchCell(this));
        return column;
    }

    private TableColumn<Integer, Integer> actionsColumn() {
        TableColumn<Integer, Integer> column = positionColumn("Actions", 520);
        column.setCellFactory(c -> new ActionsCell(this, this::jumpToTable));
        return column;
    }

    private static TableColumn<Integer, Integer> positionColumn(String title, double width) {
        TableColumn<Integer, Integer> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        column.setPrefWidth(width);
        // Sorting would copy a million rows into a sorted list; the grouping orders them instead.
        column.setSortable(false);
        return column;
    }

    /**
     * Marks group lines so the style sheet sets them apart: a pseudo-class, since a style class change
     * restyles the row and all its cells from scratch at every scroll.
     */
    private final class GroupAwareRow extends TableRow<Integer> {
        @Override
        protected void updateItem(Integer position, boolean empty) {
            super.updateItem(position, empty);
            pseudoClassStateChanged(GROUP_LINE, !empty && position != null && shownListing.isGroup(position));
        }
    }
}
