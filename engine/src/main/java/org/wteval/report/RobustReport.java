package org.wteval.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.wteval.model.Criterion;
import org.wteval.model.Distribution;
import org.wteval.pipeline.AlpProcedure;
import org.wteval.pipeline.Evaluation;
import org.wteval.robust.OvertakeMargins;
import org.wteval.robust.RankReversalChecks;
import org.wteval.robust.RobustAnalysis;
import org.wteval.robust.Sensitivity;
import org.wteval.robust.SmaaResult;
import org.wteval.robust.UncertainRanking;
import org.wteval.robust.Uncertainty;
import org.wteval.rules.Numbers;
import org.wteval.scoring.RankedBid;

/**
 * Renders {@code robust.json} and the summary {@code wte robust} prints: how sure the evaluation's ranking is.
 * Field order is fixed by construction, figures that are undefined (a central weight of a bid that never wins) are
 * {@code null}, and nothing depends on time, locale or the thread count, so the same case, draws and seed give the
 * same bytes.
 */
public final class RobustReport {

    public static final String FILE = "robust.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private RobustReport() {
    }

    public static byte[] json(Evaluation e, RobustAnalysis r) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode engine = root.putObject("engine");
        engine.put("name", "wte-eval");
        engine.put("version", e.audit().engineVersion());
        ObjectNode c = root.putObject("case");
        c.put("id", e.tender().tender().id());
        c.put("method", e.method().name());
        c.put("toolkit", e.tender().toolkit().id());
        ObjectNode run = root.putObject("run");
        run.put("draws", r.draws());
        run.put("seed", r.seed());
        run.put("qualification", "held fixed: every analysis ranks the bids the evaluation ranked, under the "
                + "decisions it took");
        run.put("rankingStatus", e.abnormallyLow().status().name());
        ArrayNode ranking = root.putArray("ranking");
        for (RankedBid b : e.ranking()) {
            ObjectNode o = ranking.addObject();
            o.put("rank", b.rank());
            o.put("bid", b.bidId());
            number(o, "total", b.total());
        }
        sensitivity(root, r.sensitivity());
        smaa(root.putObject("smaa"), r.smaa(), r.bids());
        ArrayNode checks = root.putArray("rankReversal");
        for (RankReversalChecks.Check k : checks(r.rankReversal())) {
            ObjectNode o = checks.addObject();
            o.put("id", k.id());
            o.put("rule", k.rule());
            o.put("outcome", k.outcome().name());
            o.put("failures", k.failures());
            strings(o.putArray("bids"), k.bids());
            strings(o.putArray("detail"), k.detail());
        }
        monteCarlo(root.putObject("monteCarlo"), r.monteCarlo());
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (IOException ex) {
            throw new UncheckedIOException("writing to memory does not fail", ex);
        }
    }

    private static void sensitivity(ObjectNode root, Sensitivity s) {
        ArrayNode stability = root.putArray("stability");
        for (Sensitivity.Stability p : s.stability()) {
            ObjectNode o = stability.addObject();
            o.put("parameter", p.parameter());
            number(o, "value", p.value());
            limit(o.putObject("lower"), p.lower());
            limit(o.putObject("upper"), p.upper());
        }
        ArrayNode changes = root.putArray("smallestWeightChangeToWin");
        for (Sensitivity.WeightChange w : s.weightChanges()) {
            ObjectNode o = changes.addObject();
            o.put("bid", w.bidId());
            o.put("canWinWithinBounds", w.feasible());
            if (w.feasible()) {
                ObjectNode weights = o.putObject("weights");
                w.weights().forEach((k, v) -> number(weights, k.key(), v));
                number(o, "distance", w.distance());
            }
        }
        ArrayNode margins = root.putArray("marginsToOvertakeTheWinner");
        for (Sensitivity.BidMargins b : s.margins()) {
            ObjectNode o = margins.addObject();
            o.put("bid", b.bidId());
            ArrayNode byCriterion = o.putArray("criteria");
            for (OvertakeMargins.Margin m : b.margins()) {
                ObjectNode x = byCriterion.addObject();
                x.put("criterion", m.criterion().key());
                number(x, "metric", m.metric());
                x.put("overtakes", m.overtakes());
                number(x, "value", m.value());
                number(x, "change", m.change());
                number(x, "searchedTo", m.searchedTo());
                x.put("limit", m.limit());
                number(x, "shortfall", m.shortfall());
            }
        }
    }

    private static void limit(ObjectNode o, Sensitivity.Limit l) {
        number(o, "value", l.value());
        o.put("swaps", l.swaps());
        if (l.swaps()) {
            o.put("ahead", l.ahead());
            o.put("behind", l.behind());
        }
    }

    private static void smaa(ObjectNode o, RobustAnalysis.Smaa smaa, List<String> ids) {
        o.put("applies", smaa.result() != null);
        if (smaa.result() == null) {
            o.put("reason", smaa.notApplicable());
            return;
        }
        SmaaResult s = smaa.result();
        o.put("weights", "uniform over the weights the toolkit's bounds allow (scoring.weightBounds), summing to 1");
        o.put("ties", "broken as the evaluation breaks them, so each draw gives one strict ranking");
        o.put("confidenceFactor", "the share of the Monte Carlo's draws of the uncertain inputs in which the bid ranks "
                + "first at its own central weights");
        o.put("holisticMetaWeights", "centroid: α_r = (Σ_{k≥r} 1/k) / (Σ_k 1/k)");
        ArrayNode bids = o.putArray("bids");
        for (int i = 0; i < s.bids(); i++) {
            ObjectNode b = bids.addObject();
            b.put("bid", ids.get(i));
            ArrayNode acc = b.putArray("rankAcceptability");
            for (int r = 1; r <= s.bids(); r++) {
                acc.add(s.acceptability(i, r));
            }
            if (s.hasCentralWeights(i)) {
                ObjectNode w = b.putObject("centralWeights");
                for (Criterion c : Criterion.values()) {
                    number(w, c.key(), s.centralWeight(i, c.ordinal()));
                }
            } else {
                b.putNull("centralWeights");
            }
            number(b, "confidenceFactor", s.confidence(i));
            number(b, "holisticAcceptability", s.holistic(i));
        }
    }

    private static void monteCarlo(ObjectNode o, UncertainRanking.Result m) {
        o.put("draws", m.draws());
        o.put("seed", m.seed());
        o.put("qualificationHeldFixed", m.qualificationHeldFixed());
        o.put("standardError", "a probability p from N draws has standard error √(p(1 − p)/N)");
        ArrayNode inputs = o.putArray("inputs");
        for (Uncertainty.Declared d : m.inputs()) {
            ObjectNode x = inputs.addObject();
            x.put("variable", d.variable().key());
            Distribution dist = d.distribution();
            ObjectNode dn = MAPPER.valueToTree(dist);
            dn.remove(dn.properties().stream().filter(en -> en.getValue().isNull()).map(java.util.Map.Entry::getKey)
                    .toList());
            x.set("distribution", dn);
            x.put("declaredAt", String.valueOf(d.at()));
        }
        ArrayNode bids = o.putArray("bids");
        for (UncertainRanking.BidOutcome b : m.bids()) {
            ObjectNode x = bids.addObject();
            x.put("bid", b.bidId());
            number(x, "winProbability", b.winProbability());
            ArrayNode ranks = x.putArray("rankProbability");
            b.rankProbability().forEach(ranks::add);
            ObjectNode ahead = x.putObject("aheadOf");
            for (int j = 0; j < m.bids().size(); j++) {
                if (!m.bids().get(j).bidId().equals(b.bidId())) {
                    number(ahead, m.bids().get(j).bidId(), b.aheadOf().get(j));
                }
            }
            spread(x.putObject("costPerTonne"), b.costPerTonne());
            spread(x.putObject("total"), b.total());
        }
    }

    private static void spread(ObjectNode o, UncertainRanking.Spread s) {
        number(o, "p5", s.p5());
        number(o, "p50", s.p50());
        number(o, "p95", s.p95());
    }

    /** The one-page summary {@code wte robust} prints. */
    public static String summary(Evaluation e, RobustAnalysis r) {
        StringBuilder s = new StringBuilder();
        String nl = System.lineSeparator();
        List<RankedBid> ranking = e.ranking();
        s.append("Robustness of the ranking of ").append(e.tender().tender().id()).append(" (")
                .append(e.method().name()).append("), ").append(r.draws()).append(" draws, seed ").append(r.seed())
                .append("; qualification held fixed").append(nl);
        if (e.abnormallyLow().status() == AlpProcedure.Status.PROVISIONAL) {
            s.append("the ranking is provisional: an abnormally low bid awaits the committee's decision, so this tests "
                    + "the provisional ranking; run it again once the committee has decided").append(nl);
        }
        s.append("ranking: ");
        for (RankedBid b : ranking) {
            s.append(b.rank() == 1 ? "" : ", ").append(b.rank()).append(' ').append(b.bidId()).append(' ')
                    .append(Numbers.format(b.total()));
        }
        s.append(nl);
        if (ranking.isEmpty()) {
            return s.append("no bid is ranked: there is nothing to test").append(nl).toString();
        }
        String winner = ranking.get(0).bidId();
        UncertainRanking.Result mc = r.monteCarlo();
        s.append(nl).append("Monte Carlo on the uncertain inputs (").append(mc.inputs().size())
                .append(" declared): P(win)");
        for (UncertainRanking.BidOutcome b : mc.bids()) {
            s.append(' ').append(b.bidId()).append(' ').append(percent(b.winProbability()));
        }
        s.append(nl);
        for (UncertainRanking.BidOutcome b : mc.bids()) {
            s.append("  ").append(b.bidId()).append(" cost per tonne P5–P95 ")
                    .append(Numbers.format(b.costPerTonne().p5())).append("–")
                    .append(Numbers.format(b.costPerTonne().p95())).append(", total P5–P95 ")
                    .append(Numbers.format(b.total().p5())).append("–").append(Numbers.format(b.total().p95()))
                    .append(nl);
        }
        if (r.smaa().result() == null) {
            s.append("SMAA-2: not run: ").append(r.smaa().notApplicable()).append(nl);
        } else {
            SmaaResult a = r.smaa().result();
            s.append("SMAA-2 over the toolkit's weight bounds: first-rank acceptability");
            for (int i = 0; i < a.bids(); i++) {
                s.append(' ').append(r.bids().get(i)).append(' ').append(percent(a.acceptability(i, 1)));
            }
            s.append(nl).append("  confidence (wins at its central weights over the uncertain draws):");
            for (int i = 0; i < a.bids(); i++) {
                if (a.hasCentralWeights(i)) {
                    s.append(' ').append(r.bids().get(i)).append(' ').append(percent(a.confidence(i)));
                }
            }
            s.append(nl);
        }
        for (Sensitivity.Stability p : r.sensitivity().stability()) {
            s.append("  ").append(p.parameter()).append(' ').append(Numbers.format(p.value()))
                    .append(": the order holds from ").append(Numbers.format(p.lower().value()))
                    .append(p.lower().swaps() ? " (" + p.lower().behind() + " passes " + p.lower().ahead() + ")" : "")
                    .append(" to ").append(Numbers.format(p.upper().value()))
                    .append(p.upper().swaps() ? " (" + p.upper().behind() + " passes " + p.upper().ahead() + ")" : "")
                    .append(nl);
        }
        for (Sensitivity.WeightChange w : r.sensitivity().weightChanges()) {
            if (w.bidId().equals(winner)) {
                continue;
            }
            s.append("  ").append(w.bidId()).append(w.feasible()
                    ? " would win with weights " + weights(w) + " (L1 distance " + Numbers.format(w.distance()) + ")"
                    : " cannot win at any weights within the toolkit's bounds").append(nl);
        }
        for (Sensitivity.BidMargins b : r.sensitivity().margins()) {
            s.append("  ").append(b.bidId()).append(" draws level with ").append(winner).append(" on its own at");
            String sep = " ";
            for (OvertakeMargins.Margin m : b.margins()) {
                s.append(sep).append(m.criterion().key()).append(' ').append(m.overtakes()
                        ? Numbers.format(m.value()) + " (" + signed(m.change()) + ")" : "never (" + m.limit() + ")");
                sep = "; ";
            }
            s.append(nl);
        }
        s.append("rank reversal:");
        for (RankReversalChecks.Check k : checks(r.rankReversal())) {
            s.append(' ').append(k.id()).append(' ').append(k.outcome().name().toLowerCase(Locale.ROOT)
                    .replace('_', ' '));
        }
        s.append(nl);
        for (RankReversalChecks.Check k : checks(r.rankReversal())) {
            for (String d : k.detail()) {
                s.append("  ").append(k.id()).append(": ").append(d).append(nl);
            }
        }
        return s.toString();
    }

    private static List<RankReversalChecks.Check> checks(RankReversalChecks r) {
        return List.of(r.tc1(), r.tc2(), r.tc3(), r.leaveOneOut());
    }

    private static String weights(Sensitivity.WeightChange w) {
        StringBuilder s = new StringBuilder();
        w.weights().forEach((k, v) -> s.append(s.isEmpty() ? "" : ", ").append(k.key()).append(' ')
                .append(Numbers.format(v)));
        return s.toString();
    }

    private static String percent(double p) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * p);
    }

    private static String signed(double v) {
        return (v > 0 ? "+" : "") + Numbers.format(v);
    }

    private static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}
