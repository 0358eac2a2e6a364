package io.ovnscope.app.export;

import io.ovnscope.core.topology.EdgeRoute;
import io.ovnscope.core.topology.Emphasis;
import io.ovnscope.core.topology.KindStyle;
import io.ovnscope.core.topology.Layout;
import io.ovnscope.core.topology.PlacedBox;
import io.ovnscope.core.topology.Point;
import io.ovnscope.core.topology.Shapes;
import io.ovnscope.core.topology.TopologyStyle;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Paints a topology layout with Java2D, with the same shapes, colours, fonts and label anchors as the SVG
 * export and the window, at a scale of 1 or more.
 */
public final class TopologyPng {
    /** The largest image side we paint; beyond it a PNG is no longer something a person opens. */
    public static final int MAX_SIDE = 32_000;

    private TopologyPng() {
    }

    public static void write(Layout layout, Emphasis emphasis, double scale, Path file) throws IOException {
        BufferedImage image = render(layout, emphasis, scale);
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("this Java has no PNG writer");
        }
    }

    public static BufferedImage render(Layout layout, Emphasis emphasis, double scale) throws IOException {
        int width = (int) Math.ceil(layout.width() * scale);
        int height = (int) Math.ceil(layout.height() * scale);
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new IOException("the picture would be " + width + " x " + height
                    + " pixels; fold pods or export SVG instead (PNG is limited to " + MAX_SIDE + " a side)");
        }
        BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(scale, scale);
            g.setColor(colour(TopologyStyle.BACKGROUND));
            g.fill(new Rectangle2D.Double(0, 0, layout.width(), layout.height()));
            for (EdgeRoute route : layout.edges()) {
                paintLink(g, route, emphasis.onPath(route.link()));
            }
            String family = monospacedFamily();
            for (PlacedBox box : layout.boxes()) {
                paintBox(g, box, emphasis, family);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void paintLink(Graphics2D g, EdgeRoute route, boolean onPath) {
        List<Point> points = route.points();
        if (points.size() < 2) {
            return;
        }
        Path2D.Double line = new Path2D.Double();
        line.moveTo(points.get(0).x(), points.get(0).y());
        points.stream().skip(1).forEach(p -> line.lineTo(p.x(), p.y()));
        if (onPath) {
            g.setColor(colour(TopologyStyle.TRACE_COLOUR));
            g.setStroke(new BasicStroke((float) TopologyStyle.TRACE_WIDTH));
        } else {
            g.setColor(colour(TopologyStyle.linkColour(route.link().kind())));
            g.setStroke(TopologyStyle.dashed(route.link().kind())
                    ? new BasicStroke((float) TopologyStyle.LINK_WIDTH, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                    10f, new float[] {(float) TopologyStyle.DASH_ON, (float) TopologyStyle.DASH_OFF}, 0f)
                    : new BasicStroke((float) TopologyStyle.LINK_WIDTH));
        }
        g.draw(line);
    }

    private static void paintBox(Graphics2D g, PlacedBox box, Emphasis emphasis, String family) {
        KindStyle style = TopologyStyle.of(box.element().kind());
        String stroke = style.stroke();
        double strokeWidth = style.strokeWidth();
        if (emphasis.highlighted().contains(box.element().id())) {
            stroke = TopologyStyle.HIGHLIGHT_COLOUR;
            strokeWidth = TopologyStyle.HIGHLIGHT_WIDTH;
        }
        if (emphasis.onPath(box.element().id())) {
            stroke = TopologyStyle.TRACE_COLOUR;
            strokeWidth = TopologyStyle.TRACE_WIDTH;
        }
        for (Shape shape : outlines(box, style)) {
            g.setColor(colour(style.fill()));
            g.fill(shape);
            g.setColor(colour(stroke));
            g.setStroke(new BasicStroke((float) strokeWidth));
            g.draw(shape);
        }
        g.setColor(colour(style.textColour()));
        List<Point> anchors = Shapes.labelAnchors(box);
        for (int i = 0; i < anchors.size(); i++) {
            Font font = new Font(family, i == 0 && style.boldName() ? Font.BOLD : Font.PLAIN, 1)
                    .deriveFont((float) style.fontSize());
            g.setFont(font);
            String line = box.labelLines().get(i);
            double width = g.getFontMetrics().getStringBounds(line, g).getWidth();
            g.drawString(line, (float) (anchors.get(i).x() - width / 2), (float) anchors.get(i).y());
        }
    }

    /** Back to front: a stack's back card first. */
    private static List<Shape> outlines(PlacedBox box, KindStyle style) {
        return switch (style.shape()) {
            case RECTANGLE, ROUNDED, PILL -> List.of(rect(box, Shapes.cornerRadius(style.shape(), style, box)));
            case STACK -> List.of(rect(Shapes.stackBack(box), style.cornerRadius()),
                    rect(Shapes.stackFront(box), style.cornerRadius()));
            case ELLIPSE -> List.of(new Ellipse2D.Double(box.x(), box.y(), box.width(), box.height()));
            case HEXAGON -> {
                Path2D.Double hexagon = new Path2D.Double();
                List<Point> corners = Shapes.hexagon(box);
                hexagon.moveTo(corners.get(0).x(), corners.get(0).y());
                corners.stream().skip(1).forEach(p -> hexagon.lineTo(p.x(), p.y()));
                hexagon.closePath();
                yield List.of(hexagon);
            }
        };
    }

    private static Shape rect(PlacedBox box, double radius) {
        return radius <= 0 ? new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height())
                : new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(), 2 * radius, 2 * radius);
    }

    /** The first family of the style's list this machine has, else Java's logical monospaced font. */
    private static String monospacedFamily() {
        List<String> installed = Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String family : TopologyStyle.FONT_FAMILY.split(",")) {
            if (installed.contains(family.trim())) {
                return family.trim();
            }
        }
        return Font.MONOSPACED;
    }

    static Color colour(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
