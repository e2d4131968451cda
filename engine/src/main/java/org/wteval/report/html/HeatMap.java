package org.wteval.report.html;

import java.util.List;

/**
 * Rank acceptabilities as a heat map: one row per bid, one column per rank, each cell the share of the draws that
 * put that bid at that rank, its shade darker as the share grows and the share written in it.
 */
final class HeatMap {

    private static final double LEFT = 80;
    private static final double TOP = 34;
    private static final double CELL_HEIGHT = 26;
    private static final double MAX_CELL_WIDTH = 80;
    private static final int WIDTH = 720;

    private HeatMap() {
    }

    /**
     * @param bids the bids, one row each
     * @param shares {@code shares[i][r]}: the share of draws in which bid i has rank r + 1
     */
    static Chart of(String id, String title, String description, List<String> bids, double[][] shares) {
        int ranks = bids.size();
        double cell = Math.min(MAX_CELL_WIDTH, (WIDTH - LEFT - 10) / Math.max(1, ranks));
        Chart.Canvas c = new Chart.Canvas();
        for (int r = 0; r < ranks; r++) {
            c.text(LEFT + cell * r + cell / 2, TOP - 8, "rank " + (r + 1), "middle", "tick");
        }
        for (int i = 0; i < bids.size(); i++) {
            double y = TOP + CELL_HEIGHT * i;
            c.text(LEFT - 8, y + CELL_HEIGHT / 2 + 4, bids.get(i), "end", "label");
            for (int r = 0; r < ranks; r++) {
                double share = shares[i][r];
                c.fill(LEFT + cell * r, y, cell - 1, CELL_HEIGHT - 1, "cell", shade(share),
                        bids.get(i) + " at rank " + (r + 1) + ": " + Num.percent(share, 2) + " of the draws");
                c.text(LEFT + cell * r + cell / 2, y + CELL_HEIGHT / 2 + 4, Num.percent(share, 1), "middle",
                        share > 0.5 ? "cell-text dark" : "cell-text");
            }
        }
        return c.chart(id, "heat-map", title, description, WIDTH, (int) Math.ceil(TOP + CELL_HEIGHT * bids.size()
                + 8));
    }

    /** White at 0, a deep blue at 1, linear in each channel. */
    static String shade(double share) {
        double s = Math.max(0, Math.min(1, share));
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", channel(255, 16, s), channel(255, 70, s),
                channel(255, 140, s));
    }

    private static int channel(int from, int to, double s) {
        return (int) Math.round(from + (to - from) * s);
    }
}
