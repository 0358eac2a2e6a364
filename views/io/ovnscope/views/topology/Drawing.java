package io.ovnscope.views.topology;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * A laid-out topology ready to paint: its boxes and wires in paint order, indexed by place for painting and
 * picking and by id for the trace panel's highlights. Built off the JavaFX thread; read-only after.
 */
public final class Drawing {
    private static final double CELL = 256;

    private final Rectangle2D bounds;
    private final GridIndex<DrawnBox> boxes;
    private final GridIndex<DrawnWire> wires;
    private final Map<String, DrawnBox> boxById = new HashMap<>();
    private final Map<String, DrawnWire> wireById = new HashMap<>();

    public Drawing(Rectangle2D bounds, List<DrawnBox> boxes, List<DrawnWire> wires) {
        this.bounds = bounds;
        this.boxes = new GridIndex<>(boxes, DrawnBox::bounds, CELL);
        this.wires = new GridIndex<>(wires, DrawnWire::bounds, CELL);
        boxes.forEach(b -> boxById.put(b.id(), b));
        wires.forEach(w -> wireById.put(w.id(), w));
    }

    public static Drawing empty() {
        return new Drawing(new Rectangle2D(0, 0, 0, 0), List.of(), List.of());
    }

    public Rectangle2D bounds() {
        return bounds;
    }

    public List<DrawnBox> boxes() {
        return boxes.all();
    }

    public List<DrawnWire> wires() {
        return wires.all();
    }

    public Optional<DrawnBox> box(String id) {
        return Optional.ofNullable(boxById.get(id));
    }

    public Optional<DrawnWire> wire(String id) {
        return Optional.ofNullable(wireById.get(id));
    }

    List<DrawnBox> boxesIn(Rectangle2D area) {
        return boxes.touching(area);
    }

    List<DrawnWire> wiresIn(Rectangle2D area) {
        return wires.touching(area);
    }

    /** The box drawn on top at a picture point, if any. */
    public Optional<DrawnBox> boxAt(double x, double y) {
        List<DrawnBox> near = boxes.touching(new Rectangle2D(x - 0.5, y - 0.5, 1, 1));
        for (int i = near.size() - 1; i >= 0; i--) {
            if (near.get(i).bounds().contains(x, y)) {
                return Optional.of(near.get(i));
            }
        }
        return Optional.empty();
    }

    /** The box whose model object is {@code subject} (the navigator's selection), if one is drawn. */
    public Optional<DrawnBox> boxOf(Object subject) {
        return boxes.all().stream().filter(b -> b.subject().filter(s -> s == subject || s.equals(subject))
                .isPresent()).findFirst();
    }
}
