package org.wteval.report.html;

import java.util.ArrayList;
import java.util.List;
import org.wteval.calc.FigureNames;
import org.wteval.model.Figure;
import org.wteval.pipeline.BidEvaluation;

/**
 * Each ranked bid's yearly project net cash flow in real terms (the schedule {@code netCashFlowReal} of
 * {@code evaluation.json}), one line per bid: construction years below zero, then the operating years.
 */
public final class CashFlowChart {

    /** Lines beyond this are not told apart by colour; the workbook and the JSON have every bid's schedule. */
    static final int MAX_BIDS = 8;

    private static final int WIDTH = 720;
    private static final int HEIGHT = 320;
    private static final double LEFT = 64;
    private static final double RIGHT = WIDTH - 12;
    private static final double TOP = 40;
    private static final double BOTTOM = HEIGHT - 32;

    private CashFlowChart() {
    }

    /** The schedule the chart draws. */
    static Figure netCashFlowReal(BidEvaluation b) {
        String name = FigureNames.real(FigureNames.NET_CASH_FLOW);
        for (Figure f : b.metrics().lifecycle().schedules()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new IllegalStateException("bid " + b.bidId() + " has no " + name + " schedule");
    }

    /**
     * @param ranked the ranked bids, best first
     * @param currency the evaluation currency
     * @param baseYear the year whose prices the real flows are in
     */
    public static Chart of(List<BidEvaluation> ranked, String currency, int baseYear) {
        List<BidEvaluation> shown = ranked.subList(0, Math.min(MAX_BIDS, ranked.size()));
        List<Figure> flows = new ArrayList<>();
        double lo = 0;
        double hi = 0;
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (BidEvaluation b : shown) {
            Figure f = netCashFlowReal(b);
            flows.add(f);
            for (double v : f.byYear()) {
                lo = Math.min(lo, v / 1e6);
                hi = Math.max(hi, v / 1e6);
            }
            first = Math.min(first, f.firstYear());
            last = Math.max(last, f.firstYear() + f.byYear().size() - 1);
        }
        Chart.Canvas c = new Chart.Canvas();
        Axis y = new Axis(lo, hi, 5, BOTTOM, TOP);
        Axis x = new Axis(first, Math.max(last, first + 1), 8, LEFT, RIGHT);
        for (double t : y.ticks()) {
            c.line(LEFT, y.at(t), RIGHT, y.at(t), t == 0 ? "axis" : "grid");
            c.text(LEFT - 6, y.at(t) + 4, y.label(t), "end", "tick");
        }
        for (double t : x.ticks()) {
            c.line(x.at(t), BOTTOM, x.at(t), BOTTOM + 4, "axis");
            c.text(x.at(t), BOTTOM + 18, x.label(t), "middle", "tick");
        }
        c.text(8, TOP - 12, currency + " million, real " + baseYear + " prices", "start", "tick");
        for (int i = 0; i < shown.size(); i++) {
            double lx = LEFT + 90 * i + 180;
            c.line(lx, TOP - 16, lx + 18, TOP - 16, "line s" + i);
            c.text(lx + 22, TOP - 12, shown.get(i).bidId(), "start", "legend");
            List<Double> v = flows.get(i).byYear();
            double[] xs = new double[v.size()];
            double[] ys = new double[v.size()];
            for (int k = 0; k < v.size(); k++) {
                xs[k] = x.at(flows.get(i).firstYear() + k);
                ys[k] = y.at(v.get(k) / 1e6);
            }
            c.polyline(xs, ys, "line s" + i, shown.get(i).bidId() + ": net cash flow, " + currency
                    + " real " + baseYear + " prices, " + flows.get(i).firstYear() + "–"
                    + (flows.get(i).firstYear() + v.size() - 1));
        }
        String more = ranked.size() > shown.size()
                ? " The " + shown.size() + " best ranked of " + ranked.size() + " bids are drawn." : "";
        return c.chart("chart-cash-flows", "cash-flows", "Yearly project net cash flow of the ranked bids",
                "Lines: each ranked bid's net cash flow by calendar year (gate fees, shortfall payments, electricity "
                        + "revenue and residual value less every cost, capex included), in " + currency
                        + " million at " + baseYear + " prices." + more, WIDTH, HEIGHT);
    }
}
