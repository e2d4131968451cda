package org.wteval.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.wteval.model.Committee;
import org.wteval.model.InputProblem;
import org.wteval.model.SourceMap;
import org.wteval.model.Toolkit;
import org.wteval.rules.Numbers;

/**
 * The committee's technical scores: per bid and sub-criterion the evaluators' scores, the outliers flagged around
 * their median, the aggregate by the toolkit's rule; per bid the technical score 0..100; and how far the
 * evaluators agreed (Kendall's W).
 *
 * @param bids in the order of the case's bids
 * @param agreement Kendall's W on the evaluators' technical totals
 */
public record TechnicalScores(CommitteeSpec spec, List<BidTechnical> bids, Agreement agreement) {

    public TechnicalScores {
        bids = List.copyOf(bids);
    }

    /**
     * One bid's technical score.
     *
     * @param score {@code 100 × Σ_j weight_j × (aggregate_j − scale min) / (scale max − scale min)}
     * @param conflicted evaluators who declared a conflict on the bid and so did not score it
     */
    public record BidTechnical(String bidId, double score, List<SubCriterion> subCriteria, List<String> conflicted) {

        public BidTechnical {
            subCriteria = List.copyOf(subCriteria);
            conflicted = List.copyOf(conflicted);
        }
    }

    /**
     * One sub-criterion of one bid.
     *
     * @param mad median absolute deviation of the marks
     * @param outlierThreshold {@code k × 1.4826 × MAD}: a mark further than this from the median is flagged
     * @param aggregate the marks combined by the toolkit's aggregation, on the scale
     * @param points {@code 100 × weight × (aggregate − scale min) / (scale max − scale min)}
     */
    public record SubCriterion(String key, double weight, double median, double mad, double outlierThreshold,
                               double aggregate, double points, List<Mark> marks) {

        public SubCriterion {
            marks = List.copyOf(marks);
        }
    }

    /** One evaluator's score, and whether it was flagged as an outlier. */
    public record Mark(String evaluator, double score, boolean outlier) {
    }

    /**
     * How far the evaluators agreed on the order of the bids.
     *
     * @param evaluators the evaluators whose rankings were compared (those who scored every bid)
     * @param excluded evaluators left out because a declared conflict left their ranking incomplete
     * @param concordance W, χ² and p; {@code null} when fewer than two evaluators or bids remain, or all tied
     * @param note why no W was computed, or {@code null}
     */
    public record Agreement(String basis, List<String> evaluators, List<String> excluded,
                            CommitteeStatistics.Concordance concordance, String note) {

        public Agreement {
            evaluators = List.copyOf(evaluators);
            excluded = List.copyOf(excluded);
        }
    }

    /** What Kendall's W ranks, as reports state it. */
    public static final String BASIS = "each evaluator's own technical total per bid (weighted sub-criterion scores,"
            + " 0..100), ranked per evaluator with mid-ranks for ties";

    /** The technical score of bid {@code bidId}, or {@code null} when the committee did not score it. */
    public BidTechnical of(String bidId) {
        return bids.stream().filter(b -> b.bidId().equals(bidId)).findFirst().orElse(null);
    }

    /**
     * Checks the score sheets against the toolkit and the bids, adding every problem with its file and field: sheets
     * without committee scoring, committee scoring without sheets, unknown bids or sub-criteria, scores off the
     * scale, missing scores, scores on a bid the evaluator declared a conflict on, and bids no one could score.
     */
    public static void check(Toolkit tk, Committee committee, List<String> bidIds, SourceMap sources,
                             List<InputProblem> problems) {
        List<Committee.ScoreSheet> sheets = committee.scoreSheets();
        if (!CommitteeSpec.enabled(tk)) {
            for (int i = 0; i < sheets.size(); i++) {
                problems.add(InputProblem.at(sources.scoreSheet(i, "scores"), "toolkit " + tk.id()
                        + " declares no technical sub-criteria (" + CommitteeSpec.SUB_CRITERIA + "), so a score sheet"
                        + " cannot count; evaluate under a toolkit that has a committee score technical proposals"));
            }
            return;
        }
        if (!CommitteeSpec.check(tk).isEmpty()) {
            return; // the toolkit's own problems are reported by the toolkit check
        }
        CommitteeSpec spec = CommitteeSpec.of(tk);
        if (sheets.isEmpty()) {
            problems.add(new InputProblem("evaluators", "", "toolkit " + tk.id() + " has a committee score the"
                    + " technical proposals, but the case has no score sheet (evaluators/*.yaml)"));
            return;
        }
        Set<String> known = new HashSet<>(bidIds);
        for (int i = 0; i < sheets.size(); i++) {
            Committee.ScoreSheet sheet = sheets.get(i);
            for (int c = 0; c < sheet.conflicts().size(); c++) {
                if (!known.contains(sheet.conflicts().get(c))) {
                    problems.add(InputProblem.at(sources.scoreSheet(i, "conflicts[" + c + "]"),
                            "unknown bid '" + sheet.conflicts().get(c) + "'"));
                }
            }
            for (Map.Entry<String, SortedMap<String, Double>> bid : sheet.scores().entrySet()) {
                String b = bid.getKey();
                if (!known.contains(b)) {
                    problems.add(InputProblem.at(sources.scoreSheet(i, "scores." + b), "unknown bid '" + b + "'"));
                    continue;
                }
                if (sheet.conflicts().contains(b)) {
                    problems.add(InputProblem.at(sources.scoreSheet(i, "scores." + b), sheet.evaluator()
                            + " declared a conflict of interest on " + b + " and must not score it"));
                    continue;
                }
                for (Map.Entry<String, Double> s : bid.getValue().entrySet()) {
                    String field = "scores." + b + "." + s.getKey();
                    if (!spec.weights().containsKey(s.getKey())) {
                        problems.add(InputProblem.at(sources.scoreSheet(i, field), "unknown sub-criterion '"
                                + s.getKey() + "'; the toolkit's: " + String.join(", ", spec.weights().keySet())));
                    } else if (s.getValue() < spec.scaleMin() || s.getValue() > spec.scaleMax()) {
                        problems.add(InputProblem.at(sources.scoreSheet(i, field), "score "
                                + Numbers.format(s.getValue()) + " is off the scale " + Numbers.format(spec.scaleMin())
                                + ".." + Numbers.format(spec.scaleMax())));
                    }
                }
            }
            for (String b : bidIds) {
                if (sheet.conflicts().contains(b)) {
                    continue;
                }
                SortedMap<String, Double> given = sheet.scores().get(b);
                for (String sub : spec.weights().keySet()) {
                    if (given == null || !given.containsKey(sub)) {
                        problems.add(InputProblem.at(sources.scoreSheet(i, "scores." + b + "." + sub),
                                sheet.evaluator() + " declared no conflict on " + b + " but did not score it on "
                                        + sub));
                    }
                }
            }
        }
        for (String b : bidIds) {
            if (sheets.stream().allMatch(s -> s.conflicts().contains(b))) {
                problems.add(new InputProblem("evaluators", "", "every evaluator declared a conflict on " + b
                        + ", so no one can score it"));
            }
        }
    }

    /** The committee's scores of bids {@code bidIds}, from sheets that passed {@link #check}. */
    public static TechnicalScores compute(CommitteeSpec spec, Committee committee, List<String> bidIds) {
        List<Committee.ScoreSheet> sheets = committee.scoreSheets();
        double range = spec.scaleMax() - spec.scaleMin();
        List<BidTechnical> out = new ArrayList<>();
        for (String b : bidIds) {
            List<Committee.ScoreSheet> scoring = sheets.stream().filter(s -> !s.conflicts().contains(b)).toList();
            List<String> conflicted = sheets.stream().filter(s -> s.conflicts().contains(b))
                    .map(Committee.ScoreSheet::evaluator).toList();
            List<SubCriterion> subs = new ArrayList<>();
            double total = 0;
            for (Map.Entry<String, Double> w : spec.weights().entrySet()) {
                double[] x = new double[scoring.size()];
                for (int e = 0; e < x.length; e++) {
                    x[e] = scoring.get(e).scores().get(b).get(w.getKey());
                }
                boolean[] flagged = CommitteeStatistics.outliers(x, spec.madMultiplier());
                double median = CommitteeStatistics.median(x);
                double aggregate = switch (spec.aggregation()) {
                    case CommitteeSpec.MEDIAN -> median;
                    case CommitteeSpec.MEAN -> CommitteeStatistics.meanWithout(x, new boolean[x.length]);
                    default -> CommitteeStatistics.meanWithout(x, flagged);
                };
                double points = 100 * w.getValue() * (aggregate - spec.scaleMin()) / range;
                total += points;
                List<Mark> marks = new ArrayList<>();
                for (int e = 0; e < x.length; e++) {
                    marks.add(new Mark(scoring.get(e).evaluator(), x[e], flagged[e]));
                }
                subs.add(new SubCriterion(w.getKey(), w.getValue(), median, CommitteeStatistics.mad(x),
                        CommitteeStatistics.outlierThreshold(x, spec.madMultiplier()), aggregate, points, marks));
            }
            out.add(new BidTechnical(b, total, subs, conflicted));
        }
        return new TechnicalScores(spec, out, agreement(spec, sheets, bidIds));
    }

    /**
     * Kendall's W on each evaluator's own technical total: the award turns on the order of the totals, and one test
     * on them avoids reading several small per-sub-criterion tests as one. Evaluators with a conflict have no
     * complete ranking and are left out, by name.
     */
    private static Agreement agreement(CommitteeSpec spec, List<Committee.ScoreSheet> sheets, List<String> bidIds) {
        List<Committee.ScoreSheet> complete = sheets.stream().filter(s -> s.conflicts().isEmpty()).toList();
        List<String> names = complete.stream().map(Committee.ScoreSheet::evaluator).toList();
        List<String> excluded = sheets.stream().filter(s -> !s.conflicts().isEmpty())
                .map(Committee.ScoreSheet::evaluator).toList();
        if (complete.size() < 2 || bidIds.size() < 2) {
            return new Agreement(BASIS, names, excluded, null, "Kendall's W needs at least two evaluators who scored"
                    + " every bid and at least two bids");
        }
        double range = spec.scaleMax() - spec.scaleMin();
        double[][] totals = new double[complete.size()][bidIds.size()];
        for (int e = 0; e < complete.size(); e++) {
            for (int i = 0; i < bidIds.size(); i++) {
                double t = 0;
                for (Map.Entry<String, Double> w : spec.weights().entrySet()) {
                    t += 100 * w.getValue() * (complete.get(e).scores().get(bidIds.get(i)).get(w.getKey())
                            - spec.scaleMin()) / range;
                }
                // Rounded so that equal totals reached by different sums tie, as the committee would read them.
                totals[e][i] = Math.round(t * 1e9) / 1e9;
            }
        }
        CommitteeStatistics.Concordance c = CommitteeStatistics.kendallW(totals);
        if (Double.isNaN(c.w())) {
            return new Agreement(BASIS, names, excluded, null, "every evaluator gave every bid the same total");
        }
        return new Agreement(BASIS, names, excluded, c, null);
    }

    /**
     * A ranked bid's total with the technical score's share:
     * {@code (1 − share) × method total + share × technical score}. The explained ranking and the fast path both
     * call this, so they agree to the last bit.
     */
    public static double withTechnical(double methodTotal, double share, double technical) {
        return (1 - share) * methodTotal + share * technical;
    }
}
