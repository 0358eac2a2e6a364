package io.ovnscope.views.trace;

import io.ovnscope.core.snapshot.Snapshot;
import io.ovnscope.core.topology.ElementKind;
import io.ovnscope.core.topology.Layout;
import io.ovnscope.core.topology.TopologyElement;
import io.ovnscope.core.topology.TracePath;
import io.ovnscope.core.trace.Evidence;
import io.ovnscope.core.trace.TraceExample;
import io.ovnscope.core.trace.TraceExamples;
import io.ovnscope.core.trace.TraceQuestion;
import io.ovnscope.core.trace.TraceStep;
import io.ovnscope.views.background.Background;
import io.ovnscope.views.background.OneLine;
import io.ovnscope.views.background.WorkStatus;
import io.ovnscope.views.files.FilePicker;
import io.ovnscope.views.ports.TraceDocuments;
import io.ovnscope.views.topology.DrawnBox;
import io.ovnscope.views.topology.DrawnWire;
import io.ovnscope.views.topology.TopologyPane;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The trace panel below the topology: the seed's flows as examples, a form, click-to-trace on the picture, the
 * step table with the selected step's evidence, and a packet animated along the picture's edges (play, pause,
 * step, restart, speed; space, arrows and Home), for the request and then its reply; export as Markdown, JSON
 * and SVG. The engine decides; the panel shows.
 */
public final class TracePanel {
    private final TopologyPane topology;
    private final Tracer tracer;
    private final TraceExport export;
    private final Supplier<Window> owner;
    private final ExampleList examples = new ExampleList(this::choose);
    private final TraceForm form;
    private final PickOnPicture picker;
    private final StepTable steps = new StepTable();
    private final EvidenceView evidence = new EvidenceView();
    private final PacketAnimation animation = new PacketAnimation(this::showAt);
    private final Label onPicture = new Label();
    private final Pane overlay = new Pane(onPicture);
    private final Label message = new Label();
    private final ToggleButton pick = new ToggleButton("Pick on picture");
    private final PlayerBar bar;
    private final BorderPane view = new BorderPane();
    private Optional<TraceRun> run = Optional.empty();
    private boolean back;
    private boolean moving;
    private Optional<String> shownElement = Optional.empty();

    public TracePanel(TopologyPane topology, Background background, FilePicker files, TraceDocuments documents,
                      WorkStatus status, Supplier<Window> owner) {
        this.topology = topology;
        this.tracer = new Tracer(background);
        this.export = new TraceExport(files, documents, background, status);
        this.owner = owner;
        this.form = new TraceForm(this::sources, this::destinations, this::ask);
        this.picker = new PickOnPicture(this::say, form::from, this::ask, this::nodeAddress);
        this.bar = new PlayerBar(animation, this::replyChosen, exports());
        view.setId("trace");
        // The window's splits decide the panel's size; its controls clip rather than push the other panes aside.
        view.setMinSize(0, 0);
        view.setLeft(questions());
        view.setCenter(results());
        view.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        onPicture.setId("trace-packet-label");
        onPicture.getStyleClass().add("trace-packet-label");
        onPicture.setVisible(false);
        steps.view().getSelectionModel().selectedItemProperty().addListener((seen, before, now) -> rowChosen(now));
    }

    public Node view() {
        return view;
    }

    /** Lies over the topology picture: the packet's label follows the token there. */
    public Node overlay() {
        return overlay;
    }

    /** A newly opened snapshot: its examples, and nothing traced yet. */
    public void show(Snapshot snapshot) {
        tracer.use(snapshot);
        examples.show(TraceExamples.of(snapshot));
        clear();
    }

    /** The topology's element clicked; returns true when click-to-trace used it. */
    public boolean clicked(Optional<DrawnBox> box) {
        return box.map(b -> picker.clicked(b.element())).orElse(false);
    }

    /** Traces the example of that title, as choosing it in the list does. */
    public void chooseExample(String title) {
        examples.choose(title);
    }

    /** The intervals between animation frames so far, in nanoseconds; for the frame-rate measurement. */
    public long[] frameTimes() {
        return animation.frameTimes();
    }

    /** How long the panel spent in each of those frames, in nanoseconds (the rest is JavaFX's pulse). */
    public long[] frameWork() {
        return animation.frameWork();
    }

    public void clearFrameTimes() {
        animation.clearFrameTimes();
    }

    /** Where the animation is: 0 at the source, one more for each leg arrived at. */
    public double position() {
        return animation.position();
    }

    public boolean playing() {
        return animation.playing();
    }

    public void play() {
        animation.play();
    }

    public void pause() {
        animation.pause();
    }

    public void stepForward() {
        animation.forward();
    }

    public void stepBack() {
        animation.back();
    }

    public void restart() {
        animation.restart();
    }

    /** Pauses at a position: 0 at the source, one more for each leg. */
    public void seek(double position) {
        animation.pause();
        animation.moveTo(Math.max(0, Math.min(end(), position)));
    }

    /** The last position: arrived at the last leg. */
    public int end() {
        return animation.playback().map(Playback::end).orElse(0);
    }

    /** Shows the request (false) or its reply (true), from the start. */
    public void showReply(boolean replyShown) {
        bar.choose(replyShown);
    }

    /** The shown trace as the seed's Markdown table; empty when nothing is traced. */
    public Optional<String> markdown() {
        return run.map(r -> TraceExport.markdown(r, back));
    }

    private VBox questions() {
        Label title = new Label("Examples");
        title.getStyleClass().add("trace-heading");
        Label ask = new Label("Ask");
        ask.getStyleClass().add("trace-heading");
        pick.setId("trace-pick");
        pick.setTooltip(new Tooltip("Click a source, then a destination, in the topology"));
        pick.selectedProperty().addListener((seen, before, now) -> picker.arm(now));
        message.setId("trace-message");
        message.setWrapText(true);
        message.getStyleClass().add("trace-message");
        VBox.setVgrow(examples.view(), Priority.ALWAYS);
        VBox left = new VBox(4, title, examples.view(), ask, form.view(), pick, message);
        left.setPadding(new Insets(4));
        left.setPrefWidth(270);
        left.setMinWidth(200);
        return left;
    }

    private BorderPane results() {
        SplitPane split = new SplitPane(steps.view(), evidence.view());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        BorderPane right = new BorderPane(split);
        right.setTop(bar.view());
        return right;
    }

    private PlayerBar.Exports exports() {
        return new PlayerBar.Exports(
                () -> run.ifPresent(r -> export.save(owner.get(), fileName(r, ".md"), TraceExport.markdown(r, back))),
                () -> run.ifPresent(r -> export.save(owner.get(), fileName(r, ".json"), export.json(r))),
                () -> run.ifPresent(r -> TraceExport.svg(r, back, topology.layout())
                        .ifPresent(text -> export.save(owner.get(), fileName(r, ".svg"), text))));
    }

    private void replyChosen(boolean replyShown) {
        back = replyShown;
        display(true);
    }

    private static String fileName(TraceRun run, String ending) {
        return ("trace-" + run.title()).replaceAll("[^A-Za-z0-9._-]+", "_") + ending;
    }

    private void key(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl) {
            return;
        }
        switch (event.getCode()) {
            case SPACE -> animation.toggle();
            case RIGHT -> animation.forward();
            case LEFT -> animation.back();
            case HOME -> animation.restart();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void choose(TraceExample example) {
        form.fill(example.question());
        trace(example.title(), example.question());
    }

    private void ask(TraceQuestion question) {
        pick.setSelected(false);
        form.fill(question);
        trace(question.from() + " → " + question.to() + " " + question.protocol().label(), question);
    }

    private void trace(String title, TraceQuestion question) {
        say("Tracing " + title + "…");
        tracer.trace(title, question, topology.layout(), done -> {
            say(done.request().complete() ? "" : "Stopped: " + done.request().stop().get().reason());
            run = Optional.of(done);
            if (back) {
                bar.choose(false);
            } else {
                display(true);
            }
        }, failure -> say("The trace failed: " + OneLine.of(failure)));
    }

    /** Shows the run's request or reply: its rows, its path on the picture, and plays it when asked. */
    private void display(boolean autoplay) {
        if (run.isEmpty()) {
            return;
        }
        TraceRun shown = run.get();
        bar.replyAvailable(shown.reply().isPresent());
        steps.show(StepRow.of(shown.trace(back)));
        evidence.clear();
        Optional<TracePath> path = shown.path(back);
        topology.showPath(path.map(TracePath::ids).orElse(List.of()));
        animation.load(path.map(p -> new Playback(shown.trace(back), p)));
        if (autoplay) {
            animation.play();
        }
    }

    private void clear() {
        run = Optional.empty();
        animation.load(Optional.empty());
        steps.show(List.of());
        evidence.clear();
        bar.showPacket("");
        onPicture.setVisible(false);
        bar.replyAvailable(false);
        say("");
    }

    /**
     * One frame: token, marked element, row and label, all for the same position. The element, row and label
     * change a few times per trace; only the token moves every frame, so the rest is set only when it changes.
     */
    private void showAt(double position) {
        bar.showPlaying(animation.playing());
        Optional<Playback> playback = animation.playback();
        if (playback.isEmpty()) {
            topology.removeToken();
            topology.mark(Optional.empty());
            shownElement = Optional.empty();
            return;
        }
        Playback shown = playback.get();
        Optional<Playback.Token> token = shown.token(position);
        token.ifPresentOrElse(t -> topology.placeToken(t.wire(), t.along()), topology::removeToken);
        boolean atEnd = position >= shown.end();
        Optional<String> stop = shown.path().stop();
        Optional<String> element = Optional.of(atEnd && stop.isPresent() ? stop.get() : shown.element(position));
        if (!element.equals(shownElement)) {
            topology.mark(element);
            shownElement = element;
        }
        String label = shown.label(position);
        if (bar.showPacket(label)) {
            onPicture.setText(label);
        }
        placeLabel(token);
        int rows = steps.view().getItems().size();
        Optional<TraceStep> row = shown.row(position);
        int index = atEnd && stop.isPresent() ? rows - 1
                : row.filter(r -> r.number() - 1 < rows).map(r -> r.number() - 1).orElse(-1);
        if (index != steps.view().getSelectionModel().getSelectedIndex()) {
            moving = true;
            try {
                if (index < 0) {
                    steps.view().getSelectionModel().clearSelection();
                } else {
                    steps.view().getSelectionModel().clearAndSelect(index);
                    steps.view().scrollTo(Math.max(0, index - 2));
                }
            } finally {
                moving = false;
            }
        }
    }

    private void placeLabel(Optional<Playback.Token> token) {
        Optional<Node> canvas = Optional.ofNullable(topology.view().lookup("#topology-canvas"));
        Optional<DrawnWire> wire = token.flatMap(t -> topology.drawing().wire(t.wire()));
        if (canvas.isEmpty() || wire.isEmpty() || overlay.getScene() == null) {
            onPicture.setVisible(false);
            return;
        }
        double[] at = wire.get().pointAt(token.get().along());
        Point2D onCanvas = topology.viewport().toScreen(at[0], at[1]);
        Point2D inOverlay = overlay.sceneToLocal(canvas.get().localToScene(onCanvas));
        onPicture.relocate(inOverlay.getX() + 10, inOverlay.getY() - 28);
        onPicture.setVisible(true);
    }

    private void rowChosen(StepRow row) {
        if (row == null) {
            return;
        }
        row.traced().ifPresentOrElse(step -> {
            String element = animation.playback().map(p -> p.path().legs()).flatMap(legs -> legs.stream()
                    .filter(leg -> leg.row() == step.number()).findFirst()).map(leg -> leg.element()).orElse("");
            Optional<Runnable> select = topology.drawing().box(element).isPresent()
                    ? Optional.of(() -> topology.select(element)) : Optional.empty();
            evidence.show(step, select, this::namedObject);
            if (!moving) {
                animation.pause();
                animation.playback().ifPresent(p -> animation.moveTo(p.positionOfRow(step.number())));
            }
        }, evidence::clear);
    }

    /** The load balancer an evidence line names by its UUID, when the picture draws it. */
    private Optional<EvidenceView.Selectable> namedObject(Evidence line) {
        return topology.drawing().boxes().stream()
                .filter(box -> box.element().kind() == ElementKind.LOAD_BALANCER)
                .filter(box -> line.text().contains(box.id().substring(box.id().indexOf(':') + 1)))
                .findFirst()
                .map(box -> new EvidenceView.Selectable(box.element().name(), () -> topology.select(box.id())));
    }

    private void say(String text) {
        message.setText(text);
    }

    private Optional<String> nodeAddress() {
        return tracer.snapshot().flatMap(s -> examplesTo(s, "pod to host"));
    }

    private static Optional<String> examplesTo(Snapshot snapshot, String title) {
        return TraceExamples.of(snapshot).examples().stream().filter(e -> e.title().equals(title)).findFirst()
                .map(e -> e.question().to());
    }

    private List<String> sources() {
        List<String> names = new ArrayList<>(List.of(TraceQuestion.HOST, TraceExamples.EXTERNAL_CLIENT));
        names.addAll(drawn(ElementKind.POD));
        return names;
    }

    private List<String> destinations() {
        List<String> names = new ArrayList<>(drawn(ElementKind.POD));
        names.addAll(drawn(ElementKind.LOAD_BALANCER).stream().filter(a -> a.contains(":"))
                .map(a -> a.contains("/") ? a.substring(0, a.indexOf('/')) : a).toList());
        nodeAddress().ifPresent(names::add);
        names.add(TraceExamples.EXTERNAL_SERVER);
        return names;
    }

    /** Names and IP addresses of the picture's elements of a kind, for completion. */
    private List<String> drawn(ElementKind kind) {
        List<String> found = new ArrayList<>();
        for (TopologyElement element : topology.layout().map(Layout::topology).map(t -> t.elements())
                .orElse(List.of())) {
            if (element.kind() != kind) {
                continue;
            }
            if (kind == ElementKind.POD) {
                found.add(element.name());
                element.addresses().stream().filter(a -> a.indexOf('.') > 0 && a.indexOf(':') < 0).forEach(found::add);
            } else {
                found.addAll(element.addresses());
            }
        }
        return found.stream().distinct().toList();
    }
}
