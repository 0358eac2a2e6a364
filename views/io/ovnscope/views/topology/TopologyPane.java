package io.ovnscope.views.topology;

import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.topology.FoldState;
import io.ovnscope.core.topology.Layout;
import io.ovnscope.views.background.Background;
import io.ovnscope.views.background.OneLine;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The topology of the open snapshot: laid out in the background, painted on a canvas, zoomed with the wheel,
 * a pinch, the + and - keys or the buttons, panned by dragging, fitted to the pane, searched by name or address.
 * A click selects an element (the window shows its data and selects it in the navigator); a double click on a
 * pod group shows its pods one by one, and on one of those pods folds them again. The trace panel marks a path,
 * an element and a packet's place through {@link #showPath}, {@link #mark} and {@link #placeToken}.
 */
public final class TopologyPane {
    private static final double FIT_MARGIN = 24;
    private static final double CLICK_SLOP = 4;
    /** A search or a navigator selection brings its element to at least this scale, so it can be read. */
    private static final double READABLE_SCALE = 0.8;

    private final Background background;
    private final TopologyLayouts layouts;
    private final Consumer<Optional<DrawnBox>> selected;
    private final Looks looks = new Looks();
    private final TopologyCanvas canvas = new TopologyCanvas(new DrawingPainter());
    private final Label message = new Label("No snapshot open");
    private final TextField search = new TextField();
    private final Label searchResult = new Label();
    private final Label scaleText = new Label();
    private final Tooltip hover = new Tooltip();
    private final BorderPane view = new BorderPane();
    private final ReadOnlyBooleanWrapper drawn = new ReadOnlyBooleanWrapper(false);
    private Snapshot snapshot;
    private SubjectIndex subjects;
    private Optional<Picture> picture = Optional.empty();
    private FoldState fold = FoldState.defaults();
    private int generation;
    private Point2D pressedAt;
    private Point2D draggedFrom;

    /** @param selected told when the user selects an element in the picture (empty: clicked beside them) */
    public TopologyPane(Background background, TopologyLayouts layouts, Consumer<Optional<DrawnBox>> selected) {
        this.background = Objects.requireNonNull(background);
        this.layouts = Objects.requireNonNull(layouts);
        this.selected = Objects.requireNonNull(selected);
        view.setId("topology");
        view.setTop(toolBar());
        message.getStyleClass().add("placeholder-text");
        message.setMouseTransparent(true);
        StackPane centre = new StackPane(canvas, message);
        StackPane.setAlignment(message, Pos.CENTER);
        centre.setMinSize(0, 0);
        view.setCenter(centre);
        canvas.setId("topology-canvas");
        hover.setId("topology-hover");
        hover.setWrapText(true);
        hover.setMaxWidth(420);
        listen();
        showScale();
    }

    public Node view() {
        return view;
    }

    /** Lays out a newly opened snapshot in the background; the picture is fitted to the pane when it is ready. */
    public void show(Snapshot next) {
        snapshot = Objects.requireNonNull(next);
        fold = FoldState.defaults();
        subjects = null;
        canvas.mark(Marks.NONE);
        search.clear();
        relayout(true);
    }

    /** True while a picture is shown (export needs one). */
    public ReadOnlyBooleanProperty drawnProperty() {
        return drawn.getReadOnlyProperty();
    }

    public Optional<Layout> layout() {
        return picture.map(Picture::layout);
    }

    public Drawing drawing() {
        return canvas.drawing();
    }

    public Marks marks() {
        return canvas.marks();
    }

    public Viewport viewport() {
        return canvas.viewport();
    }

    public FoldState fold() {
        return fold;
    }

    /**
     * Selects the element drawn for a snapshot object (the navigator's selection) and brings it into view;
     * empty, and nothing selected, when the picture does not show that object.
     */
    public Optional<DrawnBox> selectSubject(Object subject) {
        Optional<DrawnBox> box = canvas.drawing().boxOf(subject);
        canvas.mark(canvas.marks().withSelected(box.map(DrawnBox::id)));
        box.ifPresent(this::bringIntoView);
        return box;
    }

    public void clearSelection() {
        canvas.mark(canvas.marks().withSelected(Optional.empty()));
    }

    /** Selects an element by id as a click would, telling the window. */
    public void select(String id) {
        Optional<DrawnBox> box = canvas.drawing().box(id);
        canvas.mark(canvas.marks().withSelected(box.map(DrawnBox::id)));
        selected.accept(box);
    }

    public void zoomIn() {
        zoomAtCentre(Viewport.STEP);
    }

    public void zoomOut() {
        zoomAtCentre(1 / Viewport.STEP);
    }

    public void fit() {
        setView(Viewport.fitting(canvas.drawing().bounds(), canvas.getWidth(), canvas.getHeight(), FIT_MARGIN));
    }

    /**
     * Highlights the elements whose name or address matches {@code query} (an exact address or name first, else
     * any that contain it) and centres the first. Returns the ids found.
     */
    public List<String> find(String query) {
        if (!search.getText().equals(query)) {
            search.setText(query);
        }
        String wanted = query.strip().toLowerCase(Locale.ROOT);
        List<DrawnBox> hits = wanted.isEmpty() ? List.of() : matches(wanted);
        canvas.mark(canvas.marks().withFound(new LinkedHashSet<>(hits.stream().map(DrawnBox::id).toList())));
        searchResult.setText(wanted.isEmpty() ? "" : hits.isEmpty() ? "not found"
                : hits.size() == 1 ? "1 match" : hits.size() + " matches");
        if (!hits.isEmpty()) {
            bringIntoView(hits.get(0));
        }
        return hits.stream().map(DrawnBox::id).toList();
    }

    /** Draws a traced path: element and edge ids in order. An empty list clears it. */
    public void showPath(List<String> ids) {
        canvas.mark(canvas.marks().withPath(ids));
    }

    /** Marks one element (the trace step being looked at), or none. */
    public void mark(Optional<String> id) {
        canvas.mark(canvas.marks().withMarked(id));
    }

    /** Puts a packet's token {@code along} (0 to 1) the edge {@code edgeId}. */
    public void placeToken(String edgeId, double along) {
        canvas.mark(canvas.marks().withToken(Optional.of(new Marks.Token(edgeId, along))));
    }

    public void removeToken() {
        canvas.mark(canvas.marks().withToken(Optional.empty()));
    }

    /** The whole picture painted at {@code scale}, for PNG export; on the JavaFX thread. */
    public javafx.scene.image.WritableImage image(double scale) {
        return PictureImage.of(canvas.drawing(), canvas.marks(), scale);
    }

    /** What the last frame painted; for the benchmark. */
    DrawingPainter.Frame lastFrame() {
        return canvas.lastFrame();
    }

    private HBox toolBar() {
        Button out = button("topology-zoom-out", "−", "Zoom out (−)", this::zoomOut);
        Button in = button("topology-zoom-in", "+", "Zoom in (+)", this::zoomIn);
        Button fitting = button("topology-fit", "Fit", "Fit the picture to the pane (0)", this::fit);
        scaleText.setId("topology-scale");
        scaleText.setMinWidth(48);
        search.setId("topology-search");
        search.setPromptText("Find a name or IP");
        search.setPrefColumnCount(18);
        search.setOnAction(e -> find(search.getText()));
        search.textProperty().addListener((seen, before, now) -> {
            if (now.isBlank()) {
                find("");
            }
        });
        searchResult.setId("topology-search-result");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // A box rather than a ToolBar: a narrow pane shrinks the search field instead of hiding it in overflow.
        HBox bar = new HBox(4, out, in, fitting, scaleText, gap, search, searchResult);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("topology-bar");
        search.setMinWidth(80);
        scaleText.setMinWidth(Region.USE_PREF_SIZE);
        // A fixed width: the result's words must not change the bar's width, and with it the picture's.
        searchResult.setMinWidth(76);
        searchResult.setPrefWidth(76);
        return bar;
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void listen() {
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0 && !e.isInertia()) {
                zoomAt(Math.pow(Viewport.STEP, Math.signum(e.getDeltaY()) * Math.min(3, Math.abs(e.getDeltaY()) / 40)),
                        e.getX(), e.getY());
            }
            e.consume();
        });
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> {
            zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            canvas.requestFocus();
            pressedAt = new Point2D(e.getX(), e.getY());
            draggedFrom = pressedAt;
            hover.hide();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (draggedFrom != null && e.getButton() == MouseButton.PRIMARY) {
                setView(canvas.viewport().panned(e.getX() - draggedFrom.getX(), e.getY() - draggedFrom.getY()));
                draggedFrom = new Point2D(e.getX(), e.getY());
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hovered);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.hide());
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || pressedAt == null
                || pressedAt.distance(e.getX(), e.getY()) > CLICK_SLOP) {
            return;
        }
        Point2D at = canvas.viewport().toPicture(e.getX(), e.getY());
        Optional<DrawnBox> box = canvas.drawing().boxAt(at.getX(), at.getY());
        if (e.getClickCount() == 2 && box.flatMap(DrawnBox::foldKey).isPresent()) {
            toggleFold(box.get().foldKey().get());
            return;
        }
        canvas.mark(canvas.marks().withSelected(box.map(DrawnBox::id)));
        selected.accept(box);
    }

    private void hovered(MouseEvent e) {
        Point2D at = canvas.viewport().toPicture(e.getX(), e.getY());
        Optional<DrawnBox> box = canvas.drawing().boxAt(at.getX(), at.getY());
        if (box.isEmpty()) {
            hover.hide();
            return;
        }
        String text = HoverText.of(box.get());
        if (!hover.isShowing() || !text.equals(hover.getText())) {
            hover.setText(text);
            hover.show(canvas, e.getScreenX() + 14, e.getScreenY() + 14);
        }
    }

    private void key(KeyEvent e) {
        double step = 60;
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> zoomIn();
            case MINUS, SUBTRACT -> zoomOut();
            case DIGIT0, NUMPAD0 -> fit();
            case LEFT -> setView(canvas.viewport().panned(step, 0));
            case RIGHT -> setView(canvas.viewport().panned(-step, 0));
            case UP -> setView(canvas.viewport().panned(0, step));
            case DOWN -> setView(canvas.viewport().panned(0, -step));
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void toggleFold(String switchId) {
        fold = fold.unfoldedSwitches().contains(switchId) ? fold.fold(switchId) : fold.unfold(switchId);
        relayout(false);
    }

    private void relayout(boolean fitWhenDone) {
        Snapshot of = snapshot;
        FoldState with = fold;
        int mine = ++generation;
        message.setText("Laying out the topology…");
        message.setVisible(picture.isEmpty() || fitWhenDone);
        Task<Picture> task = new Task<>() {
            @Override
            protected Picture call() {
                SubjectIndex index = new SubjectIndex(of.node().northbound());
                Layout layout = layouts.of(of, with);
                return new Picture(layout, new DrawingFactory(looks).of(layout, index));
            }
        };
        task.setOnSucceeded(e -> {
            if (mine == generation) {
                installed(task.getValue(), fitWhenDone);
            }
        });
        task.setOnFailed(e -> {
            if (mine == generation) {
                picture = Optional.empty();
                drawn.set(false);
                canvas.show(Drawing.empty(), Viewport.IDENTITY);
                message.setText("The topology could not be drawn: " + OneLine.of(task.getException()));
                message.setVisible(true);
            }
        });
        background.start(task);
    }

    private void installed(Picture next, boolean fitWhenDone) {
        picture = Optional.of(next);
        drawn.set(!next.drawing().boxes().isEmpty());
        Marks kept = canvas.marks();
        canvas.show(next.drawing(), canvas.viewport());
        canvas.mark(kept.withSelected(kept.selected().filter(id -> next.drawing().box(id).isPresent())));
        message.setVisible(next.drawing().boxes().isEmpty());
        message.setText("This snapshot has nothing to draw (no OVN northbound data)");
        if (fitWhenDone) {
            fit();
        }
    }

    private List<DrawnBox> matches(String wanted) {
        List<DrawnBox> exact = canvas.drawing().boxes().stream().filter(b -> b.terms().contains(wanted)).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        return canvas.drawing().boxes().stream()
                .filter(b -> b.terms().stream().anyMatch(t -> t.contains(wanted))).toList();
    }

    private void bringIntoView(DrawnBox box) {
        Viewport now = canvas.viewport();
        Viewport readable = now.scale() < READABLE_SCALE ? new Viewport(READABLE_SCALE, 0, 0) : now;
        setView(readable.centredOn(box.centreX(), box.centreY(), canvas.getWidth(), canvas.getHeight()));
    }

    private void zoomAtCentre(double factor) {
        zoomAt(factor, canvas.getWidth() / 2, canvas.getHeight() / 2);
    }

    private void zoomAt(double factor, double x, double y) {
        setView(canvas.viewport().zoomedAt(factor, x, y));
    }

    private void setView(Viewport next) {
        canvas.view(next);
        showScale();
    }

    private void showScale() {
        scaleText.setText(Math.round(canvas.viewport().scale() * 100) + " %");
    }
}
