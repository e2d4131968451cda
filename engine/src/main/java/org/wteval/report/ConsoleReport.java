package org.wteval.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wteval.model.Criterion;
import org.wteval.model.Committee;
import org.wteval.model.Figure;
import org.wteval.model.Severity;
import org.wteval.pipeline.AlpProcedure;
import org.wteval.pipeline.BidEvaluation;
import org.wteval.pipeline.Evaluation;
import org.wteval.pipeline.RankReversal;
import org.wteval.scoring.ScoreSpread;
import org.wteval.scoring.CriterionScore;
import org.wteval.rules.Finding;
import org.wteval.scoring.RankedBid;
import org.wteval.scoring.Ranking;
import org.wteval.scoring.CommitteeSpec;
import org.wteval.scoring.CommitteeStatistics;
import org.wteval.scoring.TechnicalScores;
import org.wteval.rules.Numbers;

/** The ranking table a committee reads first, with every disqualification and warning and its reason. */
public final class ConsoleReport {

    /** The file the ranking table is written to beside the evaluation. */
    public static final String FILE = "ranking.txt";

    private ConsoleReport() {
    }

    public static String render(Evaluation e) {
        StringBuilder s = new StringBuilder();
        var t = e.tender();
        s.append(t.tender().title()).append("  [").append(t.tender().id()).append("]\n");
        s.append("toolkit ").append(t.toolkit().id()).append(" (").append(t.toolkit().chain())
                .append(")  method ").append(e.method().name()).append("  weights ");
        List<String> weights = new java.util.ArrayList<>();
        for (Map.Entry<Criterion, Figure> w : e.weights().entrySet()) {
            weights.add(w.getKey().key() + " " + fmt("%.2f", w.getValue().value()));
        }
        s.append(String.join(", ", weights));
        s.append("\nwaste ").append(fmt("%.0f", e.tenderMetrics().annualTonnes().value())).append(" t/yr, LHV mean ")
                .append(fmt("%.2f", e.tenderMetrics().averageLhv().value())).append(" MJ/kg (window ")
                .append(fmt("%.2f", e.tenderMetrics().lowLhv().value())).append("–")
                .append(fmt("%.2f", e.tenderMetrics().highLhv().value())).append(")  money in ")
                .append(t.currency()).append(", real ").append(t.tender().baseYear()).append(" prices\n\n");

        if (e.provisional()) {
            s.append("PROVISIONAL RANKING: the committee has not yet decided on abnormally low bid(s) ")
                    .append(String.join(", ", e.abnormallyLow().unresolved())).append("; no award before it does.\n");
        }
        s.append(fmt("%-4s %-6s %-34s %10s %10s %10s %12s %8s %8s %12s%n", "Rank", "Bid", "Bidder", "Efficiency",
                "Stability", "Lifecycle", "Total", "kWh/t", "Treated", "Cost/t"));
        for (BidEvaluation b : e.bids()) {
            if (b.ranking() == null) {
                continue;
            }
            s.append(fmt("%-4d %-6s %-34s %10.2f %10.2f %10.2f %12s %8.0f %7.1f%% %12.2f%n", b.ranking().rank(),
                    b.bidId(), clip(b.metrics().bid().bid().bidder(), 34), score(b, Criterion.EFFICIENCY),
                    score(b, Criterion.STABILITY), score(b, Criterion.LIFECYCLE),
                    new BigDecimal(b.ranking().total()).round(Ranking.PRECISION).toPlainString(),
                    b.metrics().energy().netKwhPerTonneDelivered().value(),
                    100 * b.metrics().stability().treatedShare().value(),
                    b.metrics().lifecycle().authorityCostPerTonneReal().value()));
            if (b.ranking().tieBreak() != null) {
                s.append("     ").append(b.ranking().tieBreak()).append('\n');
            }
        }
        s.append("Method: ").append(e.method().formula()).append(" — ").append(e.method().unit()).append(", ")
                .append(e.method().higherIsBetter() ? "highest first" : "lowest first").append(".\n");
        Map<Criterion, Double> spread = ScoreSpread.weightedPoints(e.method(), scores(e));
        if (!spread.isEmpty()) {
            List<String> parts = new ArrayList<>();
            spread.forEach((c, p) -> parts.add(c.key() + " " + fmt("%.2f", p)));
            s.append("Spread among the ranked bids, in weighted points (weight × (highest − lowest score)): ")
                    .append(String.join(", ", parts)).append(".\n");
        }
        boolean authorityOwns = e.bids().stream().anyMatch(b -> b.plan().authorityOwns());
        s.append("Scores 0–100. kWh/t (net, per tonne delivered) and Treated: first operating year on the tender's "
                + "waste. Cost/t: authority's real levelised cost per tonne delivered (gate fees + shortfall payments "
                + "+ untreated waste at max(alternative disposal, the bid's gate fee)" + (authorityOwns ? " + capex + decommissioning − electricity revenue − residual value, the "
                        + "authority owning the plant" : "")
                + ").\n");
        committee(s, e);

        abnormallyLow(s, e);
        List<BidEvaluation> out = e.bids().stream().filter(b -> !b.qualified()).toList();
        if (!out.isEmpty()) {
            s.append("\nNot ranked (disqualified):\n");
            for (BidEvaluation b : out) {
                s.append("  ").append(b.bidId()).append("  ").append(b.metrics().bid().bid().bidder()).append('\n');
                for (Finding f : b.findings()) {
                    if (f.severity() == Severity.DISQUALIFY) {
                        finding(s, f);
                    }
                }
            }
        }
        StringBuilder warnings = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        for (Finding f : e.tenderFindings()) {
            StringBuilder to = f.severity() == Severity.INFO ? notes : warnings;
            to.append("  tender");
            finding(to, f);
        }
        for (BidEvaluation b : e.bids()) {
            for (Finding f : b.findings()) {
                if (f.severity() != Severity.DISQUALIFY) {
                    StringBuilder to = f.severity() == Severity.WARNING ? warnings : notes;
                    to.append("  ").append(b.bidId());
                    finding(to, f);
                }
            }
            decisionBesideFindings(warnings, e, b);
        }
        if (!warnings.isEmpty()) {
            s.append("\nWarnings (clarify before award):\n").append(warnings);
        }
        if (!notes.isEmpty()) {
            s.append("\nNotes:\n").append(notes);
        }
        long assumed = e.usedParams().values().stream().filter(p -> p.assumed()).count();
        if (!e.rankReversals().isEmpty()) {
            s.append("\nRank reversal (removing one bid reorders the others; independence of irrelevant "
                    + "alternatives, Wang & Triantaphyllou 2008):\n");
            for (RankReversal r : e.rankReversals()) {
                s.append("  ").append(r.message()).append('\n');
            }
        }
        s.append("\nToolkit values used: ").append(e.usedParams().size()).append(", of which ").append(assumed)
                .append(" ASSUMED (not yet checked against their source; listed in evaluation.json).\n");
        s.append("inputs sha256 ").append(e.audit().inputsSha256(), 0, 16).append("…  toolkit ")
                .append(e.audit().toolkitSha256(), 0, 16).append("…  rules ")
                .append(e.audit().rulesSha256(), 0, 16).append("…  engine ").append(e.audit().engineVersion())
                .append('\n');
        return s.toString();
    }

    // ---- the abnormally-low-bid procedure ----

    /** Bids the committee rejected, and while the ranking is provisional, the ranking each open decision gives. */
    private static void abnormallyLow(StringBuilder s, Evaluation e) {
        AlpProcedure p = e.abnormallyLow();
        List<BidEvaluation> rejected = e.bids().stream().filter(b -> p.rejected(b.bidId())).toList();
        if (!rejected.isEmpty()) {
            s.append("\nNot ranked (abnormally low, rejected by the committee after its price analysis):\n");
            for (BidEvaluation b : rejected) {
                Committee.Decision d = p.decision(b.bidId());
                s.append("  ").append(b.bidId()).append("  ").append(b.metrics().bid().bid().bidder()).append('\n')
                        .append("    ").append(decision(d)).append('\n');
            }
        }
        if (p.alternatives().isEmpty()) {
            return;
        }
        s.append("\nIf the committee decides (each open decision alone, the others' bids left in):\n");
        for (AlpProcedure.Alternative a : p.alternatives()) {
            s.append(fmt("  %-6s %-8s  %s%n", a.bidId(), a.outcome(), alternative(a)));
        }
    }

    /** What one open decision would do to the ranking, without repeating the ranking where it stays. */
    public static String alternative(AlpProcedure.Alternative a) {
        return switch (a.change()) {
            case NONE -> "the ranking above";
            case LEFT_OUT -> a.leader() == null ? "no bid ranked" : "the ranking above without " + a.bidId()
                    + ", the others in the same order (" + a.leader() + " first)";
            case RANKED_AGAIN -> {
                List<String> order = new java.util.ArrayList<>();
                for (RankedBid r : a.ranking()) {
                    order.add(r.rank() + ". " + r.bidId() + " " + new BigDecimal(r.total())
                            .round(Ranking.PRECISION).toPlainString());
                }
                yield order.isEmpty() ? "no bid ranked" : String.join(", ", order);
            }
        };
    }

    /** The committee's decision on a bid it accepted, printed under that bid's flags. */
    private static void decisionBesideFindings(StringBuilder warnings, Evaluation e, BidEvaluation b) {
        Committee.Decision d = e.abnormallyLow().decision(b.bidId());
        if (d != null && Committee.ACCEPTED.equals(d.outcome())) {
            warnings.append("  ").append(b.bidId()).append("    ").append(decision(d)).append('\n');
        }
    }

    /** A committee decision in one line: outcome, date, who, and the references or reason it gives. */
    public static String decision(Committee.Decision d) {
        StringBuilder s = new StringBuilder("committee ").append(d.outcome()).append(" on ").append(d.date())
                .append(" by ").append(d.decidedBy());
        if (d.explanationReference() != null) {
            s.append("; bidder's price analysis ").append(d.explanationReference());
        }
        if (d.addedPerformanceSecurity() != null) {
            s.append("; added performance security ").append(fmt("%.1f%%", 100 * d.addedPerformanceSecurity()))
                    .append(" of the contract price");
        }
        if (d.reason() != null) {
            s.append("; reason: ").append(d.reason());
        }
        return s.toString();
    }

    // Committee scoring of technical proposals: the technical score of every bid, the outliers removed, the
    // conflicts declared and the committee's agreement. Printed only when the toolkit has a committee score.
    private static void committee(StringBuilder s, Evaluation e) {
        TechnicalScores t = e.technical();
        if (t == null) {
            return;
        }
        CommitteeSpec spec = t.spec();
        s.append("\nCommittee technical score (0..100 = 100 × Σ weight × (aggregate − ").append(Numbers.format(
                spec.scaleMin())).append(") / ").append(Numbers.format(spec.scaleMax() - spec.scaleMin()))
                .append("), aggregate ").append(spec.aggregation());
        if (spec.aggregation().equals(CommitteeSpec.MEAN_WITHOUT_OUTLIERS)) {
            s.append(" (outlier: |x − median| > ").append(Numbers.format(spec.madMultiplier()))
                    .append(" × 1.4826 × MAD)");
        }
        s.append(spec.hasMinimum() ? "; minimum " + Numbers.format(spec.minTechnicalScore()) : "; no minimum");
        s.append(spec.technicalShare() > 0 ? "; total = " + Numbers.format(1 - spec.technicalShare())
                + " × method total + " + Numbers.format(spec.technicalShare()) + " × technical" : "; gate only")
                .append(":\n");
        s.append(fmt("%-6s %10s", "Bid", "Technical"));
        spec.weights().keySet().forEach(k -> s.append(' ').append(k));
        s.append('\n');
        for (TechnicalScores.BidTechnical b : t.bids()) {
            s.append(fmt("%-6s %10.2f", b.bidId(), b.score()));
            // each aggregate right-aligned under its sub-criterion's name
            b.subCriteria().forEach(c -> s.append(fmt(" %" + c.key().length() + ".2f", c.aggregate())));
            s.append('\n');
        }
        s.append("Sub-criterion columns: aggregates on the ").append(Numbers.format(spec.scaleMin())).append("–")
                .append(Numbers.format(spec.scaleMax())).append(" scale; weights ");
        s.append(String.join(", ", spec.weights().entrySet().stream()
                .map(w -> w.getKey() + " " + Numbers.format(w.getValue())).toList())).append(".\n");
        for (TechnicalScores.BidTechnical b : t.bids()) {
            for (TechnicalScores.SubCriterion c : b.subCriteria()) {
                for (TechnicalScores.Mark m : c.marks()) {
                    if (m.outlier()) {
                        s.append("  outlier removed: ").append(b.bidId()).append(' ').append(c.key()).append(": ")
                                .append(m.evaluator()).append(" gave ").append(Numbers.format(m.score()))
                                .append(" (median ").append(Numbers.format(c.median())).append(", limit ±")
                                .append(fmt("%.3f", c.outlierThreshold())).append(")\n");
                    }
                }
            }
            if (!b.conflicted().isEmpty()) {
                s.append("  conflict declared on ").append(b.bidId()).append(": ")
                        .append(String.join(", ", b.conflicted())).append(" (did not score it)\n");
            }
        }
        TechnicalScores.Agreement a = t.agreement();
        s.append("  agreement: Kendall's W over ").append(a.evaluators().size()).append(" evaluators' technical totals");
        if (!a.excluded().isEmpty()) {
            s.append(" (left out for a declared conflict: ").append(String.join(", ", a.excluded())).append(')');
        }
        CommitteeStatistics.Concordance c = a.concordance();
        if (c == null) {
            s.append(": not computed, ").append(a.note()).append('\n');
        } else {
            s.append(fmt(": W = %.3f, χ² = %.3f on %d df, p = %.4f%n", c.w(), c.chiSquare(), c.degreesOfFreedom(),
                    c.pValue()));
        }
    }

    private static void finding(StringBuilder s, Finding f) {
        s.append("    ").append(f.ruleId()).append(": ").append(f.message()).append("\n      (")
                .append(f.clause()).append(")\n");
    }

    private static List<CriterionScore> scores(Evaluation e) {
        List<CriterionScore> out = new ArrayList<>();
        e.bids().forEach(b -> out.addAll(b.scores()));
        return out;
    }

    private static double score(BidEvaluation b, Criterion c) {
        for (CriterionScore s : b.scores()) {
            if (s.criterion() == c) {
                return s.score();
            }
        }
        return Double.NaN;
    }

    private static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
