package org.wteval.report.html;

import java.util.ArrayList;
import java.util.List;

/**
 * One inline SVG chart, as the template draws it: a title and a description (read out by screen readers and shown
 * where SVG is not drawn), a size in pixels, and shapes in drawing order. Coordinates are already formatted
 * ({@link Num#px}), so the markup does not depend on the machine's locale; every text goes through the template's
 * escaping.
 *
 * @param id the element id, unique in the page
 * @param kind what the chart shows, as a CSS class and for tests ({@code scores}, {@code cash-flows}, ...)
 */
public record Chart(String id, String kind, String title, String description, int width, int height,
                    List<Shape> shapes) {

    public Chart {
        shapes = List.copyOf(shapes);
    }

    /** A shape of a chart; {@code style} names a class of the page's style sheet. */
    public sealed interface Shape permits Rect, Line, Text, Polyline {
    }

    /**
     * A rectangle.
     *
     * @param fill a colour for a value on a continuous scale (a heat map's cell), or {@code null} for the style's
     * @param tip what a pointer over it shows, or {@code null}
     */
    public record Rect(String x, String y, String width, String height, String style, String fill, String tip)
            implements Shape {
    }

    public record Line(String x1, String y1, String x2, String y2, String style) implements Shape {
    }

    /** A label; {@code anchor} is SVG's text-anchor ({@code start}, {@code middle}, {@code end}). */
    public record Text(String x, String y, String text, String anchor, String style) implements Shape {
    }

    /** A line through points, {@code "x,y x,y ..."}; {@code tip} names the series. */
    public record Polyline(String points, String style, String tip) implements Shape {
    }

    /** Collects a chart's shapes with plain numbers for coordinates. */
    static final class Canvas {
        private final List<Shape> shapes = new ArrayList<>();

        void rect(double x, double y, double w, double h, String style, String tip) {
            fill(x, y, w, h, style, null, tip);
        }

        void fill(double x, double y, double w, double h, String style, String fill, String tip) {
            shapes.add(new Rect(Num.px(x), Num.px(y), Num.px(Math.max(0, w)), Num.px(Math.max(0, h)), style, fill,
                    tip));
        }

        void line(double x1, double y1, double x2, double y2, String style) {
            shapes.add(new Line(Num.px(x1), Num.px(y1), Num.px(x2), Num.px(y2), style));
        }

        void text(double x, double y, String text, String anchor, String style) {
            shapes.add(new Text(Num.px(x), Num.px(y), text, anchor, style));
        }

        void polyline(double[] xs, double[] ys, String style, String tip) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < xs.length; i++) {
                points.append(i == 0 ? "" : " ").append(Num.px(xs[i])).append(',').append(Num.px(ys[i]));
            }
            shapes.add(new Polyline(points.toString(), style, tip));
        }

        Chart chart(String id, String kind, String title, String description, int width, int height) {
            return new Chart(id, kind, title, description, width, height, shapes);
        }
    }
}
