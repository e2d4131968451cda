package org.wteval.scoring;

import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wteval.model.Criterion;

/**
 * Ranks qualified bids by an evaluation method's total. Totals are compared at the six significant digits the
 * report prints, so bids a committee sees as equal are tied; ties go to the toolkit's {@code scoring.tieBreak},
 * then to the bid id, and the ranking records which decided. The order itself is {@link RankOrder}'s, which the
 * fast path uses too.
 */
public final class Ranking {

    /** The precision totals are printed and compared at. */
    public static final MathContext PRECISION = new MathContext(6);

    private Ranking() {
    }

    public static List<RankedBid> rank(EvaluationMethod method, List<Candidate> qualified, TieBreak rule) {
        return rank(method, qualified, rule, 0, Map.of());
    }

    /**
     * Ranks with a committee's technical score carrying {@code technicalShare} of each total
     * ({@link TechnicalScores#withTechnical}); the method's own total stays in the audit as {@code methodTotal}.
     *
     * @param technical technical scores 0..100 by bid id; read only when the share is above 0
     */
    public static List<RankedBid> rank(EvaluationMethod method, List<Candidate> qualified, TieBreak rule,
                                       double technicalShare, Map<String, Double> technical) {
        int n = qualified.size();
        EvaluationMethod.Result[] results = new EvaluationMethod.Result[n];
        double[] totals = new double[n];
        double[] tieKeys = new double[n];
        for (int i = 0; i < n; i++) {
            Candidate c = qualified.get(i);
            results[i] = method.total(c, qualified);
            totals[i] = results[i].total();
            if (technicalShare > 0) {
                results[i] = withTechnical(results[i], technicalShare, technical.get(c.bidId()));
                totals[i] = results[i].total();
            }
            tieKeys[i] = rule.value(c.price(), c.scores().getOrDefault(Criterion.EFFICIENCY, 0.0));
        }
        int[] order = identity(n);
        RankOrder.sort(order, n, totals, method.higherIsBetter(), tieKeys, rule.higherFirst(),
                RankOrder.idRanks(qualified.stream().map(Candidate::bidId).toArray(String[]::new)));
        List<RankedBid> ranked = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int i = order[k];
            ranked.add(new RankedBid(k + 1, qualified.get(i).bidId(), totals[i], results[i].audit(),
                    tieNote(qualified, order, k, totals, tieKeys, rule.key())));
        }
        return List.copyOf(ranked);
    }

    /** The method's result with the technical score's share added, the method's total kept in the audit. */
    private static EvaluationMethod.Result withTechnical(EvaluationMethod.Result r, double share, double technical) {
        Map<String, Double> audit = new LinkedHashMap<>(r.audit());
        audit.put("methodTotal", r.total());
        audit.put("technicalScore", technical);
        audit.put("technicalShare", share);
        return new EvaluationMethod.Result(TechnicalScores.withTechnical(r.total(), share, technical), audit);
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }

    /** Says how a bid was separated from a neighbour with the same printed total, if it has one. */
    private static String tieNote(List<Candidate> qualified, int[] order, int k, double[] totals, double[] tieKeys,
                                  String tieBreak) {
        int i = order[k];
        for (int m = Math.max(0, k - 1); m <= Math.min(order.length - 1, k + 1); m++) {
            int j = order[m];
            if (m != k && RankOrder.printedEqual(totals[i], totals[j])) {
                String other = qualified.get(j).bidId();
                return RankOrder.separatedByTieKey(tieKeys, i, j)
                        ? "tied on total with " + other + "; separated by " + tieBreak
                        : "tied on total and on " + tieBreak + " with " + other + "; separated by bid id";
            }
        }
        return null;
    }
}
