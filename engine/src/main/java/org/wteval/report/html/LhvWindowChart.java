package org.wteval.report.html;

import java.util.List;
import org.wteval.calc.TenderMetrics;
import org.wteval.model.Bid;
import org.wteval.pipeline.BidEvaluation;
import org.wteval.resolve.LhvDistribution;

/**
 * The stability criterion in one picture: the tender's waste, as the share of the year at each lower heating value
 * (the points of its {@link LhvDistribution}, gathered in bins), above each bid's stable window from its
 * combustion diagram's minimum to its maximum LHV, with the reach of any guaranteed support firing below it. Waste
 * outside a bid's reach is waste it does not treat ({@link org.wteval.calc.StabilityCalculator}).
 */
public final class LhvWindowChart {

    /** Rows beyond this would not fit a page; the table lists every bid's window. */
    static final int MAX_BIDS = 20;

    private static final int WIDTH = 720;
    private static final double LEFT = 64;
    private static final double RIGHT = WIDTH - 70;
    private static final double TOP = 40;
    private static final double HIST_BOTTOM = 200;
    private static final double ROW = 20;

    private LhvWindowChart() {
    }

    /** @param bids every bid, ranked first */
    public static Chart of(LhvDistribution lhv, TenderMetrics tm, List<BidEvaluation> bids) {
        List<BidEvaluation> shown = bids.subList(0, Math.min(MAX_BIDS, bids.size()));
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < lhv.size(); i++) {
            lo = Math.min(lo, lhv.lhv(i));
            hi = Math.max(hi, lhv.lhv(i));
        }
        for (BidEvaluation b : shown) {
            Bid.Plant p = b.metrics().bid().plant();
            lo = Math.min(lo, reach(p));
            hi = Math.max(hi, p.combustionDiagram().maxLhvMjPerKg());
        }
        Axis x = new Axis(Math.floor(lo), Math.ceil(hi), 10, LEFT, RIGHT);
        // Bins of half the tick step: fine enough to show the shape, coarse enough to hold several points each.
        double bin = x.step / 2;
        int bins = (int) Math.round((x.max - x.min) / bin);
        double[] share = new double[bins];
        for (int i = 0; i < lhv.size(); i++) {
            int k = (int) Math.min(bins - 1, Math.floor((lhv.lhv(i) - x.min) / bin));
            share[k] += lhv.weight(i);
        }
        double peak = 0;
        for (double s : share) {
            peak = Math.max(peak, s);
        }
        Chart.Canvas c = new Chart.Canvas();
        Axis y = new Axis(0, 100 * peak, 4, HIST_BOTTOM, TOP);
        for (double t : y.ticks()) {
            c.line(LEFT, y.at(t), RIGHT, y.at(t), "grid");
            c.text(LEFT - 6, y.at(t) + 4, y.label(t) + "%", "end", "tick");
        }
        c.text(8, TOP - 14, "share of the year, by LHV bin of " + Num.fixed(bin, 2) + " MJ/kg", "start", "tick");
        for (int k = 0; k < bins; k++) {
            if (share[k] > 0) {
                double from = x.min + k * bin;
                c.rect(x.at(from), y.at(100 * share[k]), x.at(from + bin) - x.at(from) - 1,
                        HIST_BOTTOM - y.at(100 * share[k]), "waste", Num.fixed(from, 2) + "–"
                                + Num.fixed(from + bin, 2) + " MJ/kg: " + Num.percent(share[k], 1) + " of the year");
            }
        }
        double rowsTop = HIST_BOTTOM + 34;
        double bottom = rowsTop + ROW * shown.size();
        for (double t : x.ticks()) {
            c.line(x.at(t), HIST_BOTTOM, x.at(t), HIST_BOTTOM + 4, "axis");
            c.text(x.at(t), HIST_BOTTOM + 16, x.label(t), "middle", "tick");
        }
        c.line(LEFT, HIST_BOTTOM, RIGHT, HIST_BOTTOM, "axis");
        c.text(RIGHT + 14, HIST_BOTTOM + 16, "MJ/kg", "start", "tick");
        for (var mark : List.of(tm.lowLhv(), tm.highLhv())) {
            double mx = x.at(mark.value());
            c.line(mx, TOP, mx, bottom, "mark");
        }
        c.text(x.at(tm.lowLhv().value()), TOP - 2, "low " + Num.fixed(tm.lowLhv().value(), 2), "end", "tick");
        c.text(x.at(tm.highLhv().value()), TOP - 2, "high " + Num.fixed(tm.highLhv().value(), 2), "start", "tick");
        c.text(RIGHT + 6, rowsTop - 6, "treated", "start", "tick");
        for (int i = 0; i < shown.size(); i++) {
            BidEvaluation b = shown.get(i);
            Bid.Plant p = b.metrics().bid().plant();
            Bid.CombustionDiagram d = p.combustionDiagram();
            double top = rowsTop + ROW * i;
            c.text(LEFT - 6, top + 13, b.bidId(), "end", "label");
            if (p.supportFuel() != null && p.supportFuel().lowestLhvMjPerKg() < d.minLhvMjPerKg()) {
                c.rect(x.at(p.supportFuel().lowestLhvMjPerKg()), top + 4,
                        x.at(d.minLhvMjPerKg()) - x.at(p.supportFuel().lowestLhvMjPerKg()), ROW - 8, "support",
                        b.bidId() + ": support firing from " + Num.fixed(p.supportFuel().lowestLhvMjPerKg(), 2)
                                + " MJ/kg");
            }
            c.rect(x.at(d.minLhvMjPerKg()), top + 2, x.at(d.maxLhvMjPerKg()) - x.at(d.minLhvMjPerKg()), ROW - 4,
                    b.ranking() != null ? "window" : "window out", b.bidId() + ": stable from "
                            + Num.fixed(d.minLhvMjPerKg(), 2) + " to " + Num.fixed(d.maxLhvMjPerKg(), 2)
                            + " MJ/kg, design " + Num.fixed(d.designLhvMjPerKg(), 2) + " MJ/kg"
                            + (b.ranking() != null ? "" : "; not ranked"));
            double dx = x.at(d.designLhvMjPerKg());
            c.line(dx, top + 2, dx, top + ROW - 2, "design");
            c.text(RIGHT + 6, top + 13, Num.percent(b.metrics().stability().treatedShare().value(), 1), "start",
                    "label");
        }
        String more = bids.size() > shown.size() ? " The first " + shown.size() + " of " + bids.size()
                + " bids are drawn." : "";
        return c.chart("chart-lhv-windows", "lhv-windows", "The tender's waste against each bid's stable LHV window",
                "Top: the share of the year the delivered waste has each lower heating value (" + lhv.description()
                        + "), with the tender's low and high LHV (" + Num.fixed(tm.lowLhv().value(), 2) + " and "
                        + Num.fixed(tm.highLhv().value(), 2) + " MJ/kg) as dashed lines. Below: each bid's stable "
                        + "window from its combustion diagram (minimum to maximum LHV, a tick at the design LHV; "
                        + "grey where the bid is not ranked), with guaranteed support firing below it in a lighter "
                        + "shade, and the share of the first operating year's waste it treats." + more,
                WIDTH, (int) Math.ceil(bottom + 12));
    }

    /** The lowest LHV the bid burns, with support firing where it guarantees it. */
    private static double reach(Bid.Plant p) {
        double min = p.combustionDiagram().minLhvMjPerKg();
        return p.supportFuel() == null ? min : Math.min(min, p.supportFuel().lowestLhvMjPerKg());
    }
}
