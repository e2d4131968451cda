package org.wteval.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.wteval.pipeline.BidEvaluation;
import org.wteval.pipeline.Evaluation;

/**
 * Renders {@code evaluation.xlsx}, live from the inputs to the ranking: a {@code Summary} whose scores, totals and
 * ranks are formulas over the bid sheets, the toolkit {@code Parameters} used and the tender's inputs (named input
 * cells), every {@code Findings} of the tender and the bids, and one sheet per bid whose yearly schedules are
 * formulas over its inputs and the tender's, with its present values, NPV, IRR and levelised costs over them. A
 * committee can change an input (inflation, say) and see every figure, score and rank follow. Each formula caches
 * the engine's value. Nothing depends on time: the same case gives the same bytes.
 */
public final class XlsxReport {

    public static final String FILE = "evaluation.xlsx";

    /** Excel's limit on sheet names. */
    private static final int MAX_SHEET_NAME = 31;

    private XlsxReport() {
    }

    public static byte[] render(Evaluation e) {
        try (StreamedWorkbook wb = new StreamedWorkbook()) {
            XlsxCells cells = new XlsxCells(wb);
            SXSSFSheet summary = wb.createSheet(SummarySheet.NAME);
            ParametersSheet.write(wb.createSheet(ParametersSheet.NAME), cells, e);
            FindingsSheet.write(wb.createSheet(FindingsSheet.NAME), cells, e);
            Set<String> taken = new HashSet<>();
            List<SXSSFSheet> sheets = new ArrayList<>();
            for (int i = 0; i < e.bids().size(); i++) {
                sheets.add(wb.createSheet(sheetName(e.bids().get(i).bidId(), i, taken)));
            }
            // Each bid sheet depends on its bid alone, so the sheets are written two at a time; a finished sheet's
            // rows become compressed XML at once, so that only the rows of the sheets being written are held.
            List<Map<String, String>> written = IntStream.range(0, sheets.size()).parallel()
                    .mapToObj(i -> writeBidSheet(wb, sheets.get(i), cells, e, e.bids().get(i))).toList();
            Map<String, Map<String, String>> metrics = new HashMap<>();
            for (int i = 0; i < written.size(); i++) {
                metrics.put(e.bids().get(i).bidId(), written.get(i));
            }
            // The summary comes first in the workbook but is written last: its scores read the bid sheets' cells.
            SummarySheet.write(summary, cells, e, metrics);
            // Every formula carries the engine's value as its cached result; spreadsheet programs recalculate it.
            wb.setForceFormulaRecalculation(true);
            var core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
            core.setCreated(Optional.empty());
            core.setCreator("wte-eval " + e.audit().engineVersion());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.writeTo(out, cells.names());
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException("writing a workbook in memory failed", ex);
        }
    }

    private static Map<String, String> writeBidSheet(StreamedWorkbook wb, SXSSFSheet sheet, XlsxCells cells,
                                                     Evaluation e, BidEvaluation b) {
        Map<String, String> metrics = BidSheet.write(sheet, cells, e, b);
        try {
            wb.finish(sheet);
        } catch (IOException ex) {
            throw new UncheckedIOException("writing a sheet in memory failed", ex);
        }
        return metrics;
    }

    /**
     * Loads the workbook library's classes and schema types, by making and dropping an empty workbook: about a third of
     * a second of a cold start, which a command can spend on another thread while it reads and evaluates the case.
     */
    public static void prepare() {
        try (StreamedWorkbook wb = new StreamedWorkbook()) {
            new XlsxCells(wb);
            wb.createSheet("prepare").createRow(0).createCell(0).setCellValue(0);
        } catch (IOException ex) {
            throw new UncheckedIOException("an empty workbook in memory cannot fail", ex);
        }
    }

    /** {@code Bid B1}; a sheet number instead when the id is too long or clashes (sheet names ignore case). */
    static String sheetName(String bidId, int index, Set<String> taken) {
        String name = "Bid " + bidId;
        if (name.length() > MAX_SHEET_NAME || !taken.add(name.toLowerCase(Locale.ROOT))) {
            name = "Bid #" + (index + 1);
            taken.add(name.toLowerCase(Locale.ROOT));
        }
        return name;
    }
}
