package org.wteval.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.wteval.model.Param;
import org.wteval.model.ToolkitVersion;
import org.wteval.pipeline.BidEvaluation;
import org.wteval.pipeline.Evaluation;
import org.wteval.scoring.CriterionScore;
import org.wteval.rules.Finding;
import org.wteval.rules.Numbers;

/**
 * Explains why one case ranks differently under two toolkits, or one bid set under two dated versions of a toolkit
 * (two tenders launched under different laws): the two rankings side by side, each bid whose outcome changed, the
 * rules that fired under only one toolkit, and the parameters the evaluations used whose values differ.
 */
public final class ToolkitComparison {

    private ToolkitComparison() {
    }

    public static String render(Evaluation a, Evaluation b) {
        String ta = a.tender().toolkit().label();
        String tb = b.tender().toolkit().label();
        StringBuilder s = new StringBuilder();
        String ca = a.tender().tender().id();
        String cb = b.tender().tender().id();
        // Two cases (one bid set under two tenders' dates) or one case under two toolkits.
        s.append(ca.equals(cb) ? "Case " + ca + " under toolkits " : "Cases " + ca + " and " + cb + " under toolkits ")
                .append(ta).append(" (").append(a.method().name()).append(") and ").append(tb).append(" (")
                .append(b.method().name()).append(")\n");
        for (Evaluation e : List.of(a, b)) {
            for (ToolkitVersion v : e.tender().toolkit().versions()) {
                s.append("  ").append(e.tender().toolkit().label()).append(": version of ").append(v.layer())
                        .append(" in force on ").append(e.tender().toolkit().date()).append(", ").append(v.period())
                        .append(" (").append(v.law()).append(")\n");
            }
        }
        s.append('\n');
        s.append(String.format(Locale.ROOT, "%-6s %-24s %-24s%n", "Rank", ta, tb));
        int rows = Math.max(a.ranking().size(), b.ranking().size());
        for (int i = 0; i < rows; i++) {
            s.append(String.format(Locale.ROOT, "%-6d %-24s %-24s%n", i + 1, cell(a, i), cell(b, i)));
        }
        boolean sameOrder = a.ranking().stream().map(r -> r.bidId()).toList()
                .equals(b.ranking().stream().map(r -> r.bidId()).toList());
        s.append(sameOrder ? "\nThe ranking is the same under both toolkits.\n"
                : "\nThe ranking differs between the toolkits.\n");

        s.append("\nBids whose outcome differs:\n");
        int changed = 0;
        for (BidEvaluation x : a.bids()) {
            BidEvaluation y = bid(b, x.bidId());
            if (!outcome(x).equals(outcome(y))) {
                s.append("  ").append(x.bidId()).append(": ").append(outcome(x)).append(" under ").append(ta)
                        .append("; ").append(outcome(y)).append(" under ").append(tb).append('\n');
                changed++;
            }
        }
        if (changed == 0) {
            s.append("  none\n");
        }

        s.append("\nRules that fired under only one toolkit:\n");
        Set<String> ra = rulesFired(a);
        Set<String> rb = rulesFired(b);
        int only = listOnly(s, ra, rb, ta) + listOnly(s, rb, ra, tb);
        if (only == 0) {
            s.append("  none\n");
        }

        s.append("\nParameters used whose values differ:\n");
        Map<String, Param> pa = a.usedParams();
        Map<String, Param> pb = b.usedParams();
        Set<String> keys = new TreeSet<>(pa.keySet());
        keys.addAll(pb.keySet());
        int differ = 0;
        for (String k : keys) {
            Param x = a.tender().toolkit().params().get(k);
            Param y = b.tender().toolkit().params().get(k);
            if (x == null || y == null || !Objects.equals(x.value(), y.value()) || !x.unit().equals(y.unit())) {
                s.append("  ").append(k).append(": ").append(param(ta, x)).append(" | ").append(param(tb, y))
                        .append('\n');
                differ++;
            }
        }
        if (differ == 0) {
            s.append("  none\n");
        }

        // A parameter no finding or figure cited can still matter (a PPA term checked against a shorter contract).
        s.append("\nOther parameters whose values differ (not used by either evaluation):\n");
        Set<String> all = new TreeSet<>(a.tender().toolkit().params().keySet());
        all.addAll(b.tender().toolkit().params().keySet());
        all.removeAll(keys);
        int others = 0;
        for (String k : all) {
            Param x = a.tender().toolkit().params().get(k);
            Param y = b.tender().toolkit().params().get(k);
            if (x == null || y == null || !Objects.equals(x.value(), y.value()) || !x.unit().equals(y.unit())) {
                s.append("  ").append(k).append(": ").append(param(ta, x)).append(" | ").append(param(tb, y))
                        .append('\n');
                others++;
            }
        }
        if (others == 0) {
            s.append("  none\n");
        }
        return s.toString();
    }

    private static String cell(Evaluation e, int i) {
        if (i >= e.ranking().size()) {
            return "";
        }
        var r = e.ranking().get(i);
        return r.bidId() + " " + Numbers.format(r.total());
    }

    private static BidEvaluation bid(Evaluation e, String id) {
        return e.bids().stream().filter(x -> x.bidId().equals(id)).findFirst().orElseThrow();
    }

    private static String outcome(BidEvaluation b) {
        if (b.ranking() != null) {
            return "rank " + b.ranking().rank();
        }
        List<String> why = new ArrayList<>();
        for (Finding f : b.findings()) {
            if (f.severity() == org.wteval.model.Severity.DISQUALIFY) {
                why.add(f.ruleId());
            }
        }
        return "disqualified (" + String.join(", ", new TreeSet<>(why)) + ")";
    }

    /** Every rule that found, scored or decided something, as {@code RULE-ID on SUBJECT}. */
    private static Set<String> rulesFired(Evaluation e) {
        Set<String> out = new TreeSet<>();
        e.tenderFindings().forEach(f -> out.add(f.ruleId() + " on the tender"));
        for (BidEvaluation b : e.bids()) {
            b.findings().forEach(f -> out.add(f.ruleId() + " on " + b.bidId()));
            for (CriterionScore sc : b.scores()) {
                out.add(sc.ruleId() + " (" + sc.criterion().key() + ") on " + b.bidId());
            }
            b.plan().decidedBy().forEach(r -> out.add(r + " on " + b.bidId()));
        }
        return out;
    }

    private static int listOnly(StringBuilder s, Set<String> mine, Set<String> theirs, String toolkit) {
        Map<String, List<String>> byRule = new TreeMap<>();
        for (String r : mine) {
            if (!theirs.contains(r)) {
                String[] parts = r.split(" on ", 2);
                byRule.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
            }
        }
        byRule.forEach((rule, subjects) -> s.append("  only under ").append(toolkit).append(": ").append(rule)
                .append(" on ").append(String.join(", ", subjects)).append('\n'));
        return byRule.size();
    }

    private static String param(String toolkit, Param p) {
        if (p == null) {
            return toolkit + " (not set)";
        }
        return toolkit + " " + p.text() + " " + p.unit() + " (" + p.status() + ", layer " + p.setBy() + ")";
    }
}
