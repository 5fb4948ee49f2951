package dev.hindsight.render.page;

import java.util.List;

/**
 * A horizontal bar chart drawn as SVG at build time, with the same numbers in a table under it.
 *
 * @param id          unique on its page, for the chart's accessible title
 * @param title       what the chart shows, its SVG title and the table's caption
 * @param labelHeading the heading of the table's label column
 * @param valueHeading the heading of the table's value column
 * @param more         a line under the chart on what it leaves out; empty when it shows everything
 */
public record BarChart(String id, String title, String labelHeading, String valueHeading, List<Bar> bars,
                       String more) {

    /** Width of the drawing, in SVG units; labels take the left part, bars the rest. */
    public static final int WIDTH = 640;
    public static final int LABEL_WIDTH = 200;
    public static final int BAR_HEIGHT = 18;
    public static final int ROW_HEIGHT = 24;
    /** Room at the right for the value after the longest bar. */
    private static final int VALUE_ROOM = 90;

    /** One bar: its label, its length in any unit, and the value as the reader sees it. */
    public record Bar(String label, double value, String shown) {
    }

    public BarChart {
        bars = List.copyOf(bars);
    }

    /** A chart of every bar. */
    public BarChart(String id, String title, String labelHeading, String valueHeading, List<Bar> bars) {
        this(id, title, labelHeading, valueHeading, bars, "");
    }

    public int height() {
        return Math.max(1, bars.size()) * ROW_HEIGHT;
    }

    /** The bar's length: the longest bar fills the room the labels and values leave. */
    public double length(Bar bar) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        return max <= 0 ? 0 : bar.value() / max * (WIDTH - LABEL_WIDTH - VALUE_ROOM);
    }

    public int y(int index) {
        return index * ROW_HEIGHT;
    }

    /** Labels longer than the room they have are cut, whole in the table under the chart. */
    public String shortLabel(Bar bar) {
        return bar.label().length() <= 28 ? bar.label() : bar.label().substring(0, 27) + "…";
    }
}
