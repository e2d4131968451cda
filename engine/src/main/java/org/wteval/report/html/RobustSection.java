package org.wteval.report.html;

import java.util.ArrayList;
import java.util.List;
import org.wteval.robust.RobustAnalysis;
import org.wteval.robust.SmaaResult;
import org.wteval.robust.UncertainRanking;

/**
 * The robust analysis as the page shows it: each bid's chance of winning, and the rank acceptabilities of the Monte
 * Carlo over the uncertain inputs and of SMAA-2 over the toolkit's weight bounds as heat maps.
 */
public final class RobustSection {

    private RobustSection() {
    }

    public static ReportPage.Robust of(RobustAnalysis r) {
        UncertainRanking.Result mc = r.monteCarlo();
        SmaaResult smaa = r.smaa().result();
        List<String> bids = r.bids();
        List<ReportPage.WinRow> wins = new ArrayList<>();
        double[][] mcShares = new double[bids.size()][bids.size()];
        double[][] smaaShares = new double[bids.size()][bids.size()];
        for (int i = 0; i < bids.size(); i++) {
            UncertainRanking.BidOutcome o = mc.bids().get(i);
            for (int k = 0; k < bids.size(); k++) {
                mcShares[i][k] = o.rankProbability().get(k);
                smaaShares[i][k] = smaa == null ? 0 : smaa.acceptability(i, k + 1);
            }
            wins.add(new ReportPage.WinRow(bids.get(i), Num.percent(o.winProbability(), 2),
                    smaa == null ? "–" : Num.percent(smaa.acceptability(i, 1), 2)));
        }
        List<Chart> charts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        charts.add(HeatMap.of("chart-rank-uncertain", "Rank probabilities over the uncertain inputs", "Cells: the "
                + "share of " + Num.grouped(mc.draws()) + " Monte Carlo draws of the uncertain inputs (seed "
                + mc.seed() + ") in which each bid, by row, has each rank, by column.", bids, mcShares));
        if (smaa != null) {
            charts.add(HeatMap.of("chart-rank-weights", "Rank acceptabilities over the weights (SMAA-2)", "Cells: "
                    + "the share of " + Num.grouped(smaa.draws()) + " weight vectors drawn uniformly within the "
                    + "toolkit's weight bounds in which each bid, by row, has each rank, by column.", bids,
                    smaaShares));
        } else {
            notes.add("SMAA-2 was not run: " + r.smaa().notApplicable() + ".");
        }
        String summary = Num.grouped(r.draws()) + " draws each, seed " + r.seed() + ". Qualification is held fixed: "
                + "every draw ranks the bids this evaluation ranked, under the decisions it took. The same draws "
                + "and seed give the same figures.";
        return new ReportPage.Robust(summary, wins, charts, notes);
    }
}
