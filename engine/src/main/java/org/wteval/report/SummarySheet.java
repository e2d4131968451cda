package org.wteval.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.wteval.scoring.CriterionScore;
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

    static void write(Sheet sheet, XlsxCells cells, Evaluation e) {
        XlsxCells.widths(sheet, 16, 10, 40, 16, 16, 16, 16);
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
        r = ranking(sheet, cells, r, e);
        r = alternatives(sheet, cells, r, e);

        r++;
        Row files = XlsxCells.row(sheet, r++);
        cells.text(files, 0, "File group", cells.header);
        cells.text(files, 1, "", cells.header);
        cells.text(files, VALUE, "File", cells.header);
        cells.text(files, VALUE + 1, "SHA-256", cells.header);
        r = files(sheet, cells, r, "input", e.audit().inputs());
        r = files(sheet, cells, r, "toolkit", e.audit().toolkits());
        files(sheet, cells, r, "rules", e.audit().rules());
    }

    private static int pair(Sheet sheet, XlsxCells cells, int r, String label, String value) {
        Row row = XlsxCells.row(sheet, r);
        cells.text(row, 0, label, cells.bold);
        cells.text(row, VALUE, value);
        return r + 1;
    }

    /** Every bid in ranking order, then the disqualified ones with the rules that disqualified them. */
    private static int ranking(Sheet sheet, XlsxCells cells, int r, Evaluation e) {
        List<Criterion> criteria = new ArrayList<>(e.weights().keySet());
        int status = 4 + criteria.size();
        Row head = XlsxCells.row(sheet, r++);
        head.setHeightInPoints(3 * sheet.getDefaultRowHeightInPoints());
        cells.text(head, 0, "Rank", cells.header);
        cells.text(head, 1, "Bid", cells.header);
        cells.text(head, 2, "Bidder", cells.header);
        cells.text(head, 3, "Total, " + e.method().unit(), cells.header);
        for (int i = 0; i < criteria.size(); i++) {
            cells.text(head, 4 + i, criteria.get(i).key() + " score (0..100), weight "
                    + String.format(Locale.ROOT, "%.2f", e.weights().get(criteria.get(i)).value()), cells.header);
        }
        cells.text(head, status, "Status", cells.header);
        for (BidEvaluation b : e.bids()) {
            Row row = XlsxCells.row(sheet, r++);
            if (b.ranking() != null) {
                cells.number(row, 0, b.ranking().rank(), cells.year);
                cells.number(row, 3, b.ranking().total(), cells.decimal);
                cells.text(row, status, "ranked" + abnormallyLowStatus(e, b));
            } else if (e.abnormallyLow().rejected(b.bidId())) {
                cells.text(row, status, "abnormally low, rejected by the committee on "
                        + e.abnormallyLow().decision(b.bidId()).date());
            } else {
                cells.text(row, status, "disqualified: " + String.join(", ", disqualifyingRules(b)));
            }
            cells.text(row, 1, b.bidId());
            cells.text(row, 2, b.metrics().bid().bid().bidder());
            for (CriterionScore s : b.scores()) {
                int i = criteria.indexOf(s.criterion());
                if (i >= 0) {
                    cells.number(row, 4 + i, s.score(), cells.decimal);
                }
            }
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
