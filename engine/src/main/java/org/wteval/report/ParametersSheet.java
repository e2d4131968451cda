package org.wteval.report;

import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.wteval.model.Param;
import org.wteval.pipeline.Evaluation;

/**
 * The toolkit parameters the evaluation used, one per row in key order, with their source. An assumed value (not
 * yet checked against its source) has its status in capitals on a highlighted cell, so it cannot be overlooked.
 */
final class ParametersSheet {

    static final String NAME = "Parameters";

    private ParametersSheet() {
    }

    static void write(Sheet sheet, XlsxCells cells, Evaluation e) {
        XlsxCells.widths(sheet, 44, 14, 22, 10, 8, 11, 60);
        Row head = XlsxCells.row(sheet, 0);
        String[] titles = {"Key", "Value", "Unit", "Status", "Layer", "Effective", "Source"};
        for (int i = 0; i < titles.length; i++) {
            cells.text(head, i, titles[i], cells.header);
        }
        int r = 1;
        for (Param p : e.usedParams().values()) {
            Row row = XlsxCells.row(sheet, r++);
            cells.text(row, 0, p.key());
            if (p.value() instanceof Double d) {
                cells.number(row, 1, d, cells.plain);
            } else if (p.value() instanceof Boolean b) {
                row.createCell(1).setCellValue(b);
            } else {
                cells.text(row, 1, p.text());
            }
            cells.text(row, 2, p.unit());
            if (p.assumed()) {
                cells.text(row, 3, p.status().toUpperCase(Locale.ROOT), cells.assumed);
            } else {
                cells.text(row, 3, p.status());
            }
            cells.text(row, 4, p.setBy());
            cells.text(row, 5, p.effective());
            cells.text(row, 6, p.source());
        }
        sheet.createFreezePane(1, 1);
    }
}
