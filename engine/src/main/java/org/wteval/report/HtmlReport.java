package org.wteval.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.wteval.model.Committee;
import org.wteval.model.Criterion;
import org.wteval.model.Figure;
import org.wteval.model.Param;
import org.wteval.model.Severity;
import org.wteval.model.SourceFile;
import org.wteval.pipeline.AlpProcedure;
import org.wteval.pipeline.BidEvaluation;
import org.wteval.pipeline.Evaluation;
import org.wteval.pipeline.FastPath;
import org.wteval.pipeline.RankReversal;
import org.wteval.report.html.CashFlowChart;
import org.wteval.report.html.Chart;
import org.wteval.report.html.LhvWindowChart;
import org.wteval.report.html.Num;
import org.wteval.report.html.ReportPage;
import org.wteval.report.html.RobustSection;
import org.wteval.report.html.ScoreChart;
import org.wteval.report.html.StabilityChart;
import org.wteval.robust.RobustAnalysis;
import org.wteval.robust.Sensitivity;
import org.wteval.rules.Finding;
import org.wteval.rules.Numbers;
import org.wteval.scoring.Ranking;

/**
 * Renders {@code evaluation.html}: one self-contained page a committee can read offline, print on A4 and sign. It
 * holds the ranking and whether it is final, every finding with its clause, the toolkit values used (the assumed
 * ones first), the audit digests, and inline SVG charts: criterion scores, yearly cash flows, the waste's LHV
 * against each bid's stable window, and weight stability. Rendered with a robust analysis ({@code wte robust
 * --html}) it also shows the rank acceptabilities as heat maps.
 *
 * <p>The page loads nothing: its style sheet is inline, it has no script, and its charts are SVG in the page. The
 * templates (in {@code src/main/jte}) are compiled to Java at build time and escape every text by its HTML context.
 * Nothing depends on time or the machine's locale, so the same evaluation gives the same bytes.
 */
public final class HtmlReport {

    /** The page {@code wte evaluate --html} writes. */
    public static final String FILE = "evaluation.html";
    /** The page {@code wte robust --html} writes: the same report with the robust analysis. */
    public static final String ROBUST_FILE = "robust.html";

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
            HtmlReport.class.getClassLoader());

    private HtmlReport() {
    }

    /** The evaluation's page, with weight stability but no robust analysis. */
    public static byte[] render(Evaluation e) {
        return render(e, null);
    }

    /** The evaluation's page with the robust analysis {@code r}, or without one when it is {@code null}. */
    public static byte[] render(Evaluation e, RobustAnalysis r) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        TEMPLATES.render("evaluation.jte", page(e, r), out);
        return out.toByteArray();
    }

    private static ReportPage page(Evaluation e, RobustAnalysis r) {
        var t = e.tender();
        List<BidEvaluation> ranked = e.bids().stream().filter(b -> b.ranking() != null).toList();
        List<String> facts = new ArrayList<>();
        facts.add("toolkit " + t.toolkit().id() + " (" + t.toolkit().chain() + ")");
        facts.add("method " + e.method().name() + ": " + e.method().formula() + " (" + e.method().unit() + ", "
                + (e.method().higherIsBetter() ? "highest first" : "lowest first") + ")");
        List<String> weights = new ArrayList<>();
        for (Map.Entry<Criterion, Figure> w : e.weights().entrySet()) {
            weights.add(w.getKey().key() + " " + Num.fixed(w.getValue().value(), 2));
        }
        facts.add("weights " + String.join(", ", weights));
        facts.add("waste " + Num.grouped(e.tenderMetrics().annualTonnes().value()) + " t/yr, LHV mean "
                + Num.fixed(e.tenderMetrics().averageLhv().value(), 2) + " MJ/kg (low "
                + Num.fixed(e.tenderMetrics().lowLhv().value(), 2) + ", high "
                + Num.fixed(e.tenderMetrics().highLhv().value(), 2) + ")");
        facts.add("money in " + t.currency() + ", real " + t.tender().baseYear() + " prices");

        List<Chart> charts = new ArrayList<>();
        if (!ranked.isEmpty()) {
            charts.add(ScoreChart.of(ranked));
            charts.add(CashFlowChart.of(ranked, t.currency(), t.tender().baseYear()));
        }
        charts.add(LhvWindowChart.of(t.lhv(), e.tenderMetrics(), e.bids()));
        String stabilityNote = null;
        List<Sensitivity.Stability> stability = ranked.isEmpty() ? List.of() : Sensitivity.stability(FastPath.of(e));
        if (!stability.isEmpty()) {
            charts.add(StabilityChart.of(stability));
        } else {
            stabilityNote = ranked.isEmpty() ? "No bid is ranked, so there is no ranking to keep."
                    : "The method " + e.method().name() + " ranks without weights, so no weight can change the "
                            + "ranking.";
        }
        return new ReportPage(t.tender().title(), t.tender().id(), t.tender().country(), facts,
                e.abnormallyLow().status().name(), statusNote(e), alternatives(e.abnormallyLow()),
                criteria(), rows(ranked), methodNote(e),
                notRanked(e), e.rankReversals().stream().map(RankReversal::message).toList(),
                findings(e.tenderFindings()), bidSections(e), params(e, true), params(e, false), audit(e), charts,
                stabilityNote, r == null ? null : RobustSection.of(r));
    }

    private static List<String> criteria() {
        return java.util.Arrays.stream(Criterion.values()).map(Criterion::key).toList();
    }

    private static String statusNote(Evaluation e) {
        if (e.provisional()) {
            return "The committee has not yet decided on abnormally low bid(s) "
                    + String.join(", ", e.abnormallyLow().unresolved()) + "; no award before it does.";
        }
        return "Every flagged bid has the committee's decision; the ranking below is final.";
    }

    private static List<String> alternatives(AlpProcedure p) {
        List<String> out = new ArrayList<>();
        for (AlpProcedure.Alternative a : p.alternatives()) {
            out.add("If the committee " + a.outcome() + " " + a.bidId() + ": " + ConsoleReport.alternative(a) + ".");
        }
        return out;
    }

    private static List<ReportPage.RankRow> rows(List<BidEvaluation> ranked) {
        List<ReportPage.RankRow> rows = new ArrayList<>();
        for (BidEvaluation b : ranked) {
            List<String> scores = new ArrayList<>();
            for (Criterion c : Criterion.values()) {
                scores.add(b.scores().stream().filter(s -> s.criterion() == c).findFirst()
                        .map(s -> Num.fixed(s.score(), 2)).orElse("–"));
            }
            var m = b.metrics();
            rows.add(new ReportPage.RankRow(String.valueOf(b.ranking().rank()), b.bidId(), m.bid().bid().bidder(),
                    scores, new BigDecimal(b.ranking().total()).round(Ranking.PRECISION).toPlainString(),
                    Num.fixed(m.energy().netKwhPerTonneDelivered().value(), 0),
                    Num.percent(m.stability().treatedShare().value(), 1),
                    Num.fixed(m.lifecycle().authorityCostPerTonneReal().value(), 2), b.ranking().tieBreak()));
        }
        return rows;
    }

    private static String methodNote(Evaluation e) {
        return "Scores 0–100. kWh/t: net, per tonne delivered, and Treated: the share of the waste treated, both in "
                + "the first operating year on the tender's waste. Cost/t: the authority's real levelised cost per "
                + "tonne delivered, in " + e.tender().currency() + ". Total: " + e.method().formula() + ".";
    }

    private static List<ReportPage.NotRanked> notRanked(Evaluation e) {
        List<ReportPage.NotRanked> out = new ArrayList<>();
        for (BidEvaluation b : e.bids()) {
            if (b.ranking() == null) {
                out.add(new ReportPage.NotRanked(b.bidId(), b.metrics().bid().bid().bidder(), standing(e, b)));
            }
        }
        return out;
    }

    /** Where a bid stands: its rank, or why it is not ranked. */
    private static String standing(Evaluation e, BidEvaluation b) {
        if (b.ranking() != null) {
            return "rank " + b.ranking().rank();
        }
        Committee.Decision d = e.abnormallyLow().decision(b.bidId());
        if (e.abnormallyLow().rejected(b.bidId()) && d != null) {
            return "abnormally low, rejected: " + ConsoleReport.decision(d);
        }
        List<String> gates = b.findings().stream().filter(f -> f.severity() == Severity.DISQUALIFY)
                .map(f -> f.ruleId() + ": " + f.message()).toList();
        return gates.isEmpty() ? "not ranked" : "disqualified: " + String.join("; ", gates);
    }

    private static List<ReportPage.FindingRow> findings(List<Finding> findings) {
        return findings.stream().map(f -> new ReportPage.FindingRow(f.ruleId(), f.severity().name(), f.clause(),
                f.message())).toList();
    }

    private static List<ReportPage.BidSection> bidSections(Evaluation e) {
        List<ReportPage.BidSection> out = new ArrayList<>();
        for (BidEvaluation b : e.bids()) {
            out.add(new ReportPage.BidSection(b.bidId(), b.metrics().bid().bid().bidder(), b.metrics().bid().file(),
                    standing(e, b), findings(b.findings())));
        }
        return out;
    }

    /** The assumed or the verified toolkit values the evaluation used, by key. */
    private static List<ReportPage.ParamRow> params(Evaluation e, boolean assumed) {
        List<ReportPage.ParamRow> out = new ArrayList<>();
        for (Param p : new TreeMap<>(e.usedParams()).values()) {
            if (p.assumed() == assumed) {
                out.add(new ReportPage.ParamRow(p.key(), p.numeric() ? Numbers.format(p.number()) : p.text(),
                        p.unit(), p.setBy(), p.effective(), p.source()));
            }
        }
        return out;
    }

    private static ReportPage.Audit audit(Evaluation e) {
        var a = e.audit();
        List<ReportPage.FileRow> files = new ArrayList<>();
        for (SourceFile f : a.inputs()) {
            files.add(new ReportPage.FileRow("input", f.name(), f.sha256()));
        }
        for (SourceFile f : a.toolkits()) {
            files.add(new ReportPage.FileRow("toolkit", f.name(), f.sha256()));
        }
        for (SourceFile f : a.rules()) {
            files.add(new ReportPage.FileRow("rules", f.name(), f.sha256()));
        }
        return new ReportPage.Audit(a.engineVersion(), a.inputsSha256(), a.rulesSha256(), a.toolkitSha256(), files);
    }
}
