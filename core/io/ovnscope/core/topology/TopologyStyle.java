package io.ovnscope.core.topology;

/**
 * The one style table of the topology picture: shapes, colours, stroke widths and font sizes per kind, the
 * colours of links, highlights and the trace path, and the text metrics the layout sizes boxes with. The SVG
 * export and the JavaFX view both read it, so the file shows exactly what the window shows.
 *
 * <p>Labels use a monospaced font so that a label's width is its character count times a fixed advance; the
 * layout can then size boxes without a font renderer (core has none) and no label overflows its box.
 */
public final class TopologyStyle {
    /** CSS font families, first choice first; all monospaced. */
    public static final String FONT_FAMILY = "DejaVu Sans Mono, Liberation Mono, Menlo, Consolas, monospace";
    /** A monospaced glyph's advance as a share of the font size (0.602 for DejaVu Sans Mono). */
    public static final double CHAR_ADVANCE = 0.61;
    /** Line height as a share of the font size. */
    public static final double LINE_HEIGHT = 1.3;
    public static final double PADDING_X = 10;
    public static final double PADDING_Y = 6;
    public static final String BACKGROUND = "#ffffff";
    public static final String LINK_COLOUR = "#6b7280";
    public static final String LOAD_BALANCER_LINK_COLOUR = "#16a34a";
    public static final String WIRE_COLOUR = "#374151";
    public static final double LINK_WIDTH = 1.4;
    public static final String HIGHLIGHT_COLOUR = "#f59e0b";
    public static final double HIGHLIGHT_WIDTH = 4;
    public static final String TRACE_COLOUR = "#dc2626";
    public static final double TRACE_WIDTH = 3.5;

    private TopologyStyle() {
    }

    public static KindStyle of(ElementKind kind) {
        return switch (kind) {
            case EXTERNAL_NETWORK -> new KindStyle(ShapeKind.ELLIPSE,
                    "#e0f2fe", "#0369a1", 1.5, "#0c4a6e", 12, true, 0);
            case UPLINK -> new KindStyle(ShapeKind.RECTANGLE, "#f3f4f6", "#374151", 1.5, "#111827", 11, true, 2);
            case HOST -> new KindStyle(ShapeKind.RECTANGLE, "#e5e7eb", "#1f2937", 2, "#111827", 12, true, 4);
            case BRIDGE -> new KindStyle(ShapeKind.RECTANGLE, "#ccfbf1", "#0f766e", 2, "#134e4a", 12, true, 2);
            case ROUTER -> new KindStyle(ShapeKind.PILL, "#ffedd5", "#c2410c", 2, "#7c2d12", 13, true, 0);
            case ROUTER_PORT -> new KindStyle(ShapeKind.ROUNDED, "#fff7ed", "#ea580c", 1, "#7c2d12", 10, true, 5);
            case SWITCH -> new KindStyle(ShapeKind.RECTANGLE, "#dbeafe", "#1d4ed8", 2, "#1e3a8a", 13, true, 0);
            case SWITCH_PORT -> new KindStyle(ShapeKind.ROUNDED, "#eff6ff", "#3b82f6", 1, "#1e3a8a", 10, true, 5);
            case MANAGEMENT_PORT -> new KindStyle(ShapeKind.ROUNDED, "#f3e8ff", "#7e22ce", 1.2, "#581c87", 10, true, 5);
            case LOAD_BALANCER -> new KindStyle(ShapeKind.HEXAGON, "#dcfce7", "#15803d", 1.2, "#14532d", 10, true, 0);
            case POD -> new KindStyle(ShapeKind.ROUNDED, "#fefce8", "#a16207", 1, "#713f12", 10, true, 8);
            case POD_GROUP -> new KindStyle(ShapeKind.STACK, "#fef9c3", "#a16207", 1.2, "#713f12", 11, true, 8);
        };
    }

    /** The colour a link of this kind is drawn in. */
    public static String linkColour(LinkKind kind) {
        return switch (kind) {
            case LOAD_BALANCER -> LOAD_BALANCER_LINK_COLOUR;
            case WIRE -> WIRE_COLOUR;
            case OWNS, PEER -> LINK_COLOUR;
        };
    }

    /** True when links of this kind are drawn dashed ({@link #DASH_ON} on, {@link #DASH_OFF} off). */
    public static boolean dashed(LinkKind kind) {
        return kind == LinkKind.LOAD_BALANCER;
    }

    /** Dash length and gap of dashed links. */
    public static final double DASH_ON = 5;
    public static final double DASH_OFF = 4;

    /** The width a text line takes in this kind's font. */
    public static double textWidth(ElementKind kind, String text) {
        return text.codePointCount(0, text.length()) * of(kind).fontSize() * CHAR_ADVANCE;
    }

    public static double lineHeight(ElementKind kind) {
        return of(kind).fontSize() * LINE_HEIGHT;
    }
}
