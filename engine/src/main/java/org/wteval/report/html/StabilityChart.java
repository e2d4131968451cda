package org.wteval.report.html;

import java.util.List;
import org.wteval.robust.Sensitivity;

/**
 * Weight stability ({@link org.wteval.robust.WeightStability}): for each weight of a weighted sum (the others
 * rescaled in proportion), or the one parameter of a technical/price method, the range within which the order of
 * the ranked bids holds, the current value marked inside it, and at each end the two bids that draw level there.
 */
public final class StabilityChart {

    private static final int WIDTH = 720;
    private static final double LEFT = 210;
    private static final double RIGHT = WIDTH - 20;
    private static final double TOP = 30;
    private static final double ROW = 44;

    private StabilityChart() {
    }

    public static Chart of(List<Sensitivity.Stability> rows) {
        double end = 1;
        for (Sensitivity.Stability s : rows) {
            for (double v : new double[] {s.value(), s.lower().value(), s.upper().value()}) {
                if (Double.isFinite(v)) {
                    end = Math.max(end, v);
                }
            }
        }
        Axis x = new Axis(0, end, 10, LEFT, RIGHT);
        Chart.Canvas c = new Chart.Canvas();
        double bottom = TOP + ROW * rows.size();
        for (double t : x.ticks()) {
            c.line(x.at(t), TOP - 6, x.at(t), bottom, "grid");
            c.text(x.at(t), bottom + 14, x.label(t), "middle", "tick");
        }
        for (int i = 0; i < rows.size(); i++) {
            Sensitivity.Stability s = rows.get(i);
            double mid = TOP + ROW * i + ROW / 2 - 6;
            c.text(LEFT - 8, mid + 4, label(s.parameter()), "end", "label");
            double lo = x.at(s.lower().value());
            double hi = x.at(s.upper().value());
            c.rect(lo, mid - 8, hi - lo, 16, "interval", s.parameter() + " = " + Num.fixed(s.value(), 4)
                    + ": the order holds from " + Num.fixed(s.lower().value(), 4) + " to "
                    + Num.fixed(s.upper().value(), 4) + "; " + side("below", s.lower()) + "; "
                    + side("above", s.upper()));
            c.line(x.at(s.value()), mid - 12, x.at(s.value()), mid + 12, "current");
            c.text(lo, mid + 22, Num.fixed(s.lower().value(), 3) + swap(s.lower()), "start", "tick");
            c.text(hi, mid - 12, Num.fixed(s.upper().value(), 3) + swap(s.upper()), "end", "tick");
        }
        return c.chart("chart-stability", "stability", "Weight stability: the range of each weight that keeps "
                        + "the ranking", "Bars: for each parameter, the values within which the order of the ranked "
                        + "bids holds (a weight moving with the others rescaled in proportion); the dark mark is the "
                        + "value used; at an end marked with two bids, those bids draw level there.", WIDTH,
                (int) Math.ceil(bottom + 24));
    }

    private static String label(String parameter) {
        return parameter.startsWith("scoring.weights.") ? parameter.substring("scoring.weights.".length())
                + " weight" : parameter;
    }

    private static String swap(Sensitivity.Limit l) {
        return l.swaps() ? " (" + l.behind() + " = " + l.ahead() + ")" : "";
    }

    private static String side(String where, Sensitivity.Limit l) {
        return l.swaps() ? where + " it " + l.behind() + " overtakes " + l.ahead()
                : "no pair of bids swaps " + where + " it";
    }
}
