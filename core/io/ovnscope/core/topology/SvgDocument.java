package io.ovnscope.core.topology;

import java.util.List;
import java.util.Locale;

/**
 * Writes a layout as a standalone SVG 1.1 document: styles embedded in one {@code <style>} element (from
 * {@link TopologyStyle}), text as {@code <text>}, one shape per kind (from {@link Shapes}), highlights and the
 * trace path drawn over the plain picture. The same layout always gives the same bytes.
 */
public final class SvgDocument {
    private SvgDocument() {
    }

    public static String write(Layout layout) {
        return write(layout, Emphasis.none());
    }

    public static String write(Layout layout, Emphasis emphasis) {
        StringBuilder svg = new StringBuilder(4096 + layout.boxes().size() * 400);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(layout.width()))
                .append("\" height=\"").append(n(layout.height())).append("\" viewBox=\"0 0 ")
                .append(n(layout.width())).append(' ').append(n(layout.height())).append("\">\n");
        svg.append("<title>ovnscope topology</title>\n");
        svg.append("<style type=\"text/css\"><![CDATA[\n").append(css()).append("]]></style>\n");
        svg.append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"").append(n(layout.width()))
                .append("\" height=\"").append(n(layout.height())).append("\"/>\n");
        svg.append("<g class=\"links\">\n");
        for (EdgeRoute route : layout.edges()) {
            link(svg, route, emphasis.onPath(route.link()));
        }
        svg.append("</g>\n<g class=\"elements\">\n");
        for (int i = 0; i < layout.boxes().size(); i++) {
            element(svg, layout.boxes().get(i), i, emphasis);
        }
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    private static void link(StringBuilder svg, EdgeRoute route, boolean onPath) {
        svg.append("<polyline class=\"link ").append(cssName(route.link().kind().name()));
        if (onPath) {
            svg.append(" trace");
        }
        svg.append("\" points=\"");
        List<Point> points = route.points();
        for (int i = 0; i < points.size(); i++) {
            svg.append(i == 0 ? "" : " ").append(n(points.get(i).x())).append(',').append(n(points.get(i).y()));
        }
        svg.append("\"/>\n");
    }

    private static void element(StringBuilder svg, PlacedBox box, int number, Emphasis emphasis) {
        TopologyElement element = box.element();
        String kind = cssName(element.kind().name());
        svg.append("<g id=\"e").append(number).append('-').append(safeId(element.id())).append("\" class=\"element ")
                .append(kind);
        if (emphasis.highlighted().contains(element.id())) {
            svg.append(" highlight");
        }
        if (emphasis.onPath(element.id())) {
            svg.append(" trace");
        }
        svg.append("\">\n<title>").append(escape(element.name()));
        element.addresses().forEach(a -> svg.append(' ').append(escape(a)));
        svg.append("</title>\n");
        shape(svg, box);
        List<Point> anchors = Shapes.labelAnchors(box);
        for (int i = 0; i < anchors.size(); i++) {
            svg.append("<text").append(i == 0 ? " class=\"name\"" : "").append(" x=\"").append(n(anchors.get(i).x()))
                    .append("\" y=\"").append(n(anchors.get(i).y())).append("\">")
                    .append(escape(box.labelLines().get(i))).append("</text>\n");
        }
        svg.append("</g>\n");
    }

    private static void shape(StringBuilder svg, PlacedBox box) {
        KindStyle style = TopologyStyle.of(box.element().kind());
        switch (style.shape()) {
            case RECTANGLE, ROUNDED, PILL -> rect(svg, box, Shapes.cornerRadius(style.shape(), style, box), "shape");
            case STACK -> {
                rect(svg, Shapes.stackBack(box), style.cornerRadius(), "shape back");
                rect(svg, Shapes.stackFront(box), style.cornerRadius(), "shape");
            }
            case ELLIPSE -> svg.append("<ellipse class=\"shape\" cx=\"").append(n(box.centerX())).append("\" cy=\"")
                    .append(n(box.y() + box.height() / 2)).append("\" rx=\"").append(n(box.width() / 2))
                    .append("\" ry=\"").append(n(box.height() / 2)).append("\"/>\n");
            case HEXAGON -> {
                svg.append("<polygon class=\"shape\" points=\"");
                List<Point> corners = Shapes.hexagon(box);
                for (int i = 0; i < corners.size(); i++) {
                    svg.append(i == 0 ? "" : " ").append(n(corners.get(i).x())).append(',')
                            .append(n(corners.get(i).y()));
                }
                svg.append("\"/>\n");
            }
        }
    }

    private static void rect(StringBuilder svg, PlacedBox box, double radius, String cssClass) {
        svg.append("<rect class=\"").append(cssClass).append("\" x=\"").append(n(box.x())).append("\" y=\"")
                .append(n(box.y())).append("\" width=\"").append(n(box.width())).append("\" height=\"")
                .append(n(box.height())).append('"');
        if (radius > 0) {
            svg.append(" rx=\"").append(n(radius)).append("\" ry=\"").append(n(radius)).append('"');
        }
        svg.append("/>\n");
    }

    private static String css() {
        StringBuilder css = new StringBuilder();
        css.append(".background { fill: ").append(TopologyStyle.BACKGROUND).append("; }\n");
        css.append("text { font-family: ").append(TopologyStyle.FONT_FAMILY)
                .append("; text-anchor: middle; }\n");
        css.append("text.name { font-weight: bold; }\n");
        for (LinkKind kind : LinkKind.values()) {
            css.append(".link.").append(cssName(kind.name())).append(" { fill: none; stroke: ")
                    .append(TopologyStyle.linkColour(kind)).append("; stroke-width: ")
                    .append(n(TopologyStyle.LINK_WIDTH))
                    .append(TopologyStyle.dashed(kind) ? "; stroke-dasharray: " + n(TopologyStyle.DASH_ON) + ","
                            + n(TopologyStyle.DASH_OFF) : "")
                    .append("; }\n");
        }
        css.append(".link.trace { stroke: ").append(TopologyStyle.TRACE_COLOUR).append("; stroke-width: ")
                .append(n(TopologyStyle.TRACE_WIDTH)).append("; stroke-dasharray: none; }\n");
        for (ElementKind kind : ElementKind.values()) {
            KindStyle style = TopologyStyle.of(kind);
            String name = cssName(kind.name());
            css.append('.').append(name).append(" .shape { fill: ").append(style.fill()).append("; stroke: ")
                    .append(style.stroke()).append("; stroke-width: ").append(n(style.strokeWidth())).append("; }\n");
            css.append('.').append(name).append(" text { fill: ").append(style.textColour()).append("; font-size: ")
                    .append(n(style.fontSize())).append("px; }\n");
        }
        css.append(".highlight .shape { stroke: ").append(TopologyStyle.HIGHLIGHT_COLOUR).append("; stroke-width: ")
                .append(n(TopologyStyle.HIGHLIGHT_WIDTH)).append("; }\n");
        css.append(".trace .shape { stroke: ").append(TopologyStyle.TRACE_COLOUR).append("; stroke-width: ")
                .append(n(TopologyStyle.TRACE_WIDTH)).append("; }\n");
        return css.toString();
    }

    /** ROUTER_PORT becomes router-port: the CSS class of a kind. */
    static String cssName(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String safeId(String id) {
        StringBuilder safe = new StringBuilder(id.length());
        for (char c : id.toCharArray()) {
            safe.append(Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_' || c == '.' ? c : '_');
        }
        return safe.toString();
    }

    /** Escapes text for XML and drops characters XML 1.0 cannot hold at all. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            escaped.append(c);
                        }
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** A number with at most two decimals and no trailing zeros, the same in every locale. */
    static String n(double value) {
        long hundredths = Math.round(value * 100);
        String sign = hundredths < 0 ? "-" : "";
        hundredths = Math.abs(hundredths);
        long whole = hundredths / 100;
        long fraction = hundredths % 100;
        if (fraction == 0) {
            return sign + whole;
        }
        return sign + whole + "." + (fraction % 10 == 0 ? String.valueOf(fraction / 10)
                : String.format(Locale.ROOT, "%02d", fraction));
    }
}
