package org.wteval.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.wteval.pipeline.BidEvaluation;
import org.wteval.pipeline.Evaluation;
import org.wteval.rules.Finding;

/**
 * Every finding of the tender and of each bid, one per row: the tender's first, then each bid's in the order of the
 * evaluation (ranked bids, then the disqualified), so a committee can filter and cite every pass and fail with its
 * rule, clause and the toolkit parameters behind the threshold.
 */
final class FindingsSheet {

    static final String NAME = "Findings";

    static final String[] TITLES = {"Subject", "Rule", "Severity", "Message", "Measured", "Threshold", "Unit",
        "Clause", "Parameters"};

    private FindingsSheet() {
    }

    static void write(Sheet sheet, XlsxCells cells, Evaluation e) {
        cells.widths(sheet, 10, 26, 10, 70, 12, 12, 14, 60, 50);
        Row head = XlsxCells.row(sheet, 0);
        for (int i = 0; i < TITLES.length; i++) {
            cells.text(head, i, TITLES[i], cells.header);
        }
        int r = rows(sheet, cells, 1, Finding.TENDER, e.tenderFindings());
        for (BidEvaluation b : e.bids()) {
            r = rows(sheet, cells, r, b.bidId(), b.findings());
        }
        sheet.createFreezePane(2, 1);
        cells.print(sheet, true, 0, 0, 0, r - 1, TITLES.length - 1);
    }

    private static int rows(Sheet sheet, XlsxCells cells, int first, String subject, List<Finding> findings) {
        int r = first;
        for (Finding f : findings) {
            Row row = XlsxCells.row(sheet, r++);
            cells.text(row, 0, subject);
            cells.text(row, 1, f.ruleId());
            cells.text(row, 2, f.severity().name());
            cells.text(row, 3, f.message());
            // A finding that measures nothing (e.g. a missing document) leaves both cells empty.
            if (Double.isFinite(f.measured())) {
                cells.number(row, 4, f.measured(), cells.plain);
            }
            if (Double.isFinite(f.threshold())) {
                cells.number(row, 5, f.threshold(), cells.plain);
            }
            cells.text(row, 6, f.unit());
            cells.text(row, 7, f.clause());
            cells.text(row, 8, String.join(", ", f.params()));
        }
        return r;
    }
}
