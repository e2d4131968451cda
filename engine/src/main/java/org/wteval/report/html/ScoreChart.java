package org.wteval.report.html;

import java.util.List;
import org.wteval.model.Criterion;
import org.wteval.pipeline.BidEvaluation;
import org.wteval.scoring.CriterionScore;

/** The criterion scores of the ranked bids as grouped bars, one group per bid in ranking order. */
public final class ScoreChart {

    /** More groups than this would make bars too thin to read; the table lists every bid. */
    static final int MAX_BIDS = 12;

    private static final int WIDTH = 720;
    private static final int HEIGHT = 300;
    private static final double LEFT = 48;
    private static final double RIGHT = WIDTH - 12;
    private static final double TOP = 40;
    private static final double BOTTOM = HEIGHT - 36;

    private ScoreChart() {
    }

    /** @param ranked the ranked bids, best first */
    public static Chart of(List<BidEvaluation> ranked) {
        List<BidEvaluation> shown = ranked.subList(0, Math.min(MAX_BIDS, ranked.size()));
        Chart.Canvas c = new Chart.Canvas();
        Axis y = new Axis(0, 100, 4, BOTTOM, TOP);
        for (double t : y.ticks()) {
            c.line(LEFT, y.at(t), RIGHT, y.at(t), "grid");
            c.text(LEFT - 6, y.at(t) + 4, y.label(t), "end", "tick");
        }
        Criterion[] criteria = Criterion.values();
        for (int k = 0; k < criteria.length; k++) {
            double x = LEFT + k * 130;
            c.rect(x, 12, 12, 12, "s" + k, null);
            c.text(x + 16, 22, criteria[k].key(), "start", "legend");
        }
        double group = (RIGHT - LEFT) / Math.max(1, shown.size());
        double bar = Math.min(28, group * 0.8 / criteria.length);
        boolean values = shown.size() <= 6;
        for (int i = 0; i < shown.size(); i++) {
            BidEvaluation b = shown.get(i);
            double x0 = LEFT + i * group + (group - bar * criteria.length) / 2;
            for (CriterionScore s : b.scores()) {
                int k = s.criterion().ordinal();
                double top = y.at(s.score());
                c.rect(x0 + k * bar, top, bar - 1, BOTTOM - top, "s" + k,
                        b.bidId() + " " + s.criterion().key() + ": " + Num.fixed(s.score(), 2) + " of 100");
                if (values) {
                    c.text(x0 + k * bar + bar / 2, top - 3, Num.fixed(s.score(), 1), "middle", "value");
                }
            }
            c.text(LEFT + i * group + group / 2, BOTTOM + 16, b.bidId(), "middle", "label");
            c.text(LEFT + i * group + group / 2, BOTTOM + 30, "rank " + b.ranking().rank(), "middle", "tick");
        }
        c.line(LEFT, BOTTOM, RIGHT, BOTTOM, "axis");
        String more = ranked.size() > shown.size()
                ? " The " + shown.size() + " best ranked of " + ranked.size() + " bids are drawn." : "";
        return c.chart("chart-scores", "scores", "Criterion scores of the ranked bids",
                "Bars: each ranked bid's score from 0 to 100 on efficiency, stability and lifecycle cost, bids in "
                        + "ranking order." + more, WIDTH, HEIGHT);
    }
}
