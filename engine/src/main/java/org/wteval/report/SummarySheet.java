package org.wteval.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.wteval.model.Committee;
import org.wteval.model.SourceFile;
import org.wteval.model.Criterion;
import org.wteval.model.Param;
import org.wteval.model.Severity;
import org.wteval.pipeline.AlpProcedure;
import org.wteval.pipeline.BidEvaluation;
import org.wteval.pipeline.Evaluation;
import org.wteval.rules.Finding;

/**
 * The workbook's first sheet: what was evaluated, under which toolkit and method, from which files (SHA-256), and
 * the ranking with every criterion score.
 */
final class SummarySheet {

    static final String NAME = "Summary";

    /** Labels sit in column A and spill into the empty column B; values start in column C. */
    private static final int VALUE = 2;

    private SummarySheet() {
    }

    /**
     * @param at each bid's metric cells on its sheet, by bid id ({@link BidSheet#write})
     */
    static void write(Sheet sheet, XlsxCells cells, Evaluation e, Map<String, Map<String, String>> at) {
        cells.widths(sheet, 8, 10, 30, 14, 12, 12, 12, 14, 12, 14, 12, 12, 10, 40);
        var t = e.tender();
        int r = 0;
        cells.text(XlsxCells.row(sheet, r++), 0, "wte-eval evaluation", cells.title);
        r++;
        r = pair(sheet, cells, r, "Case", t.tender().id());
        r = pair(sheet, cells, r, "Title", t.tender().title());
        r = pair(sheet, cells, r, "Country", t.tender().country());
        r = pair(sheet, cells, r, "Currency", t.currency() + " (every money figure; real figures at "
                + t.tender().baseYear() + " prices)");
        Row base = XlsxCells.row(sheet, r++);
        cells.text(base, 0, "Base year");
        cells.number(base, VALUE, t.tender().baseYear(), cells.year);
        r = pair(sheet, cells, r, "Toolkit", t.toolkit().id() + " — " + t.toolkit().name() + " (layers "
                + t.toolkit().chain() + ")");
        long assumed = e.usedParams().values().stream().filter(Param::assumed).count();
        r = pair(sheet, cells, r, "Toolkit parameters used", e.usedParams().size() + ", of which " + assumed
                + " ASSUMED (sheet " + ParametersSheet.NAME + ")");
        r = pair(sheet, cells, r, "Method", e.method().name() + ": " + e.method().formula());
        r = pair(sheet, cells, r, "Total", e.method().unit() + ", "
                + (e.method().higherIsBetter() ? "highest first" : "lowest first") + "; ties go to " + e.tieBreak()
                + ", then bid id");
        r = pair(sheet, cells, r, "Engine version", e.audit().engineVersion());
        r = pair(sheet, cells, r, "Inputs SHA-256", e.audit().inputsSha256());
        r = pair(sheet, cells, r, "Toolkit SHA-256", e.audit().toolkitSha256());
        r = pair(sheet, cells, r, "Rules SHA-256", e.audit().rulesSha256());

        r = pair(sheet, cells, r, "Ranking", e.provisional()
                ? "PROVISIONAL: the committee has not decided on abnormally low bid(s) "
                        + String.join(", ", e.abnormallyLow().unresolved()) + "; no award before it does"
                : "final");

        r++;
        int table = r;
        r = ranking(sheet, cells, r, e, at);
        r = alternatives(sheet, cells, r, e);

        r++;
        Row files = XlsxCells.row(sheet, r++);
        cells.text(files, 0, "File group", cells.header);
        cells.text(files, 1, "", cells.header);
        cells.text(files, VALUE, "File", cells.header);
        cells.text(files, VALUE + 1, "SHA-256", cells.header);
        r = files(sheet, cells, r, "input", e.audit().inputs());
        r = files(sheet, cells, r, "toolkit", e.audit().toolkits());
        r = files(sheet, cells, r, "rules", e.audit().rules());
        cells.print(sheet, true, table + 1, table + 1, 0, r - 1, RankingFormulas.columns(e) - 1);
    }

    private static int pair(Sheet sheet, XlsxCells cells, int r, String label, String value) {
        Row row = XlsxCells.row(sheet, r);
        cells.text(row, 0, label, cells.bold);
        cells.text(row, VALUE, value);
        return r + 1;
    }

    /**
     * Every bid in ranking order, then the disqualified ones with the rules that disqualified them. The scores, totals
     * and ranks are formulas over the metrics on the bid sheets ({@link RankingFormulas}).
     */
    private static int ranking(Sheet sheet, XlsxCells cells, int r, Evaluation e,
                               Map<String, Map<String, String>> at) {
        RankingFormulas f = new RankingFormulas(e, at, r + 2);
        Row weights = XlsxCells.row(sheet, r++);
        cells.text(weights, 0, "Weights", cells.bold);
        cells.text(weights, 2, "criterion weights (inputs); the method's other constants are in its formula above");
        for (int i = 0; i < f.criteria().size(); i++) {
            Criterion c = f.criteria().get(i);
            cells.number(weights, f.scoreColumn(i), e.weights().get(c).value(), cells.input);
            cells.nameForWorkbook(sheet, RankingFormulas.weightName(c), r - 1, f.scoreColumn(i), r - 1,
                    f.scoreColumn(i));
        }
        Row head = XlsxCells.row(sheet, r++);
        head.setHeightInPoints(4 * sheet.getDefaultRowHeightInPoints());
        for (int col = 0; col < f.titles().size(); col++) {
            cells.text(head, col, f.titles().get(col), cells.header);
        }
        for (BidEvaluation b : e.bids()) {
            Row row = XlsxCells.row(sheet, r);
            f.write(cells, row, r, b);
            int status = f.statusColumn();
            if (b.ranking() != null) {
                cells.text(row, status, "ranked" + abnormallyLowStatus(e, b));
            } else if (e.abnormallyLow().rejected(b.bidId())) {
                cells.text(row, status, "abnormally low, rejected by the committee on "
                        + e.abnormallyLow().decision(b.bidId()).date());
            } else {
                cells.text(row, status, "disqualified: " + String.join(", ", disqualifyingRules(b)));
            }
            cells.text(row, 1, b.bidId());
            cells.text(row, 2, b.metrics().bid().bid().bidder());
            r++;
        }
        return r;
    }

    // ---- the abnormally-low-bid procedure ----

    /** What the committee decided on a ranked bid the engine flagged, or is still to decide. */
    private static String abnormallyLowStatus(Evaluation e, BidEvaluation b) {
        Committee.Decision d = e.abnormallyLow().decision(b.bidId());
        if (d != null) {
            return "; abnormally low, accepted by the committee on " + d.date()
                    + (d.addedPerformanceSecurity() == null ? "" : String.format(Locale.ROOT,
                    " with %.1f%% added performance security", 100 * d.addedPerformanceSecurity()));
        }
        return e.abnormallyLow().unresolved().contains(b.bidId())
                ? "; abnormally low, committee decision pending" : "";
    }

    /** While the ranking is provisional, the order each open decision would give, one row per decision. */
    private static int alternatives(Sheet sheet, XlsxCells cells, int r, Evaluation e) {
        for (AlpProcedure.Alternative a : e.abnormallyLow().alternatives()) {
            r = pair(sheet, cells, r, "If the committee " + a.outcome() + " " + a.bidId(),
                    ConsoleReport.alternative(a));
        }
        return r;
    }

    private static List<String> disqualifyingRules(BidEvaluation b) {
        return b.findings().stream().filter(f -> f.severity() == Severity.DISQUALIFY).map(Finding::ruleId)
                .distinct().toList();
    }

    private static int files(Sheet sheet, XlsxCells cells, int r, String group, List<SourceFile> files) {
        for (SourceFile f : files) {
            Row row = XlsxCells.row(sheet, r++);
            cells.text(row, 0, group);
            cells.text(row, VALUE, f.name());
            cells.text(row, VALUE + 1, f.sha256());
        }
        return r;
    }
}
