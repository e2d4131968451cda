package org.wteval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.calc.FigureNames;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.Criterion;
import org.wteval.model.Figure;
import org.wteval.pipeline.BidEvaluation;
import org.wteval.pipeline.Engine;
import org.wteval.pipeline.Evaluation;
import org.wteval.rules.Finding;
import org.wteval.scoring.CriterionScore;

/**
 * The workbook is live all the way down, checked by an independent spreadsheet engine: LibreOffice recalculates
 * every workbook written for the sample cases, and every formula cell must come back as the engine's value; after
 * an auditor's change of inflation, or of the real discount rate, on the Parameters sheet, the recalculated
 * workbook must equal an evaluation run with that value: present values nominal and real, levelised costs, scores,
 * totals and ranks. LibreOffice is started twice for the whole class (once to recalculate, once to print).
 *
 * <p>Agreement is to 1e-9 relative, with an absolute floor of 1e-6 (a millionth of a currency unit, tonne or point):
 * a cell near zero is a difference of large terms (an NPV of flows of 1e8, delivered less treated tonnes of 1e5),
 * whose rounding at double precision is up to about 1e-8 absolute whichever engine sums them, and no figure is
 * printed to within a millionth.
 */
class LiveWorkbookTest {

    private static final double RELATIVE = 1e-9;
    private static final double FLOOR = 1e-6;
    private static final String CASE = "vn-bac-ninh";
    private static final String INFLATION_FROM = "    inflation:\n      value: 0.035";
    private static final double INFLATION = 0.06;
    private static final String RATE_FROM = "    discountRateReal:\n      value: 0.08";
    private static final double RATE = 0.11;
    private static final String METHOD_FROM = "    method:\n      value: weighted-sum";
    private static final String STABILITY_FROM = "    stability:\n      normalisation: {value: linear,";
    /** Stability scored 100 for treating at least 90% of the delivered waste, 0 otherwise. */
    private static final String STABILITY_THRESHOLD = "    stability:\n      threshold: {value: 0.9, unit: fraction, "
            + "source: a threshold for this test, effective: \"2026\", status: assumed}\n"
            + "      normalisation: {value: threshold,";

    @TempDir
    static Path tmp;

    private static final Map<String, Evaluation> samples = new TreeMap<>();
    private static final Map<String, Path> written = new LinkedHashMap<>();
    private static Path recalculated;
    private static Path printed;
    private static Evaluation atInflation;
    private static Evaluation atRate;

    @BeforeAll
    static void writeAndRecalculateEveryWorkbook() throws Exception {
        for (Path c : CaseFolders.singleSiteSamples()) {
            Evaluation e = BundledRules.engine().evaluate(CaseFolderReader.read(c));
            samples.put(c.getFileName().toString(), e);
            written.put(c.getFileName().toString(), write(c.getFileName().toString(), XlsxReport.render(e)));
        }
        // The two methods and the normalisation no sample case uses, on the same case.
        for (String method : List.of("technical-price-points", "quality-per-price")) {
            Evaluation e = evaluateWithToolkit("base.yaml", METHOD_FROM, METHOD_FROM.replace("weighted-sum", method));
            assertEquals(method, e.method().name());
            sample(CASE + "-" + method, e);
        }
        Evaluation threshold = evaluateWithToolkit("base.yaml", STABILITY_FROM, STABILITY_THRESHOLD);
        assertEquals(List.of(0.0, 100.0), threshold.bids().stream().flatMap(b -> b.scores().stream())
                .filter(x -> x.criterion() == Criterion.STABILITY).map(CriterionScore::score).distinct().sorted()
                .toList(), "the threshold must pass some bids and fail others");
        sample(CASE + "-threshold", threshold);
        byte[] base = XlsxReport.render(samples.get(CASE));
        written.put("inflation", write("inflation", withParameter(base, "finance.inflation", INFLATION)));
        written.put("rate", write("rate", withParameter(base, "finance.discountRateReal", RATE)));
        written.put("wrong", write("wrong", withWrongCachedTotal(base)));
        atInflation = evaluateWithToolkit("vn.yaml", INFLATION_FROM, INFLATION_FROM.replace("0.035", "" + INFLATION));
        atRate = evaluateWithToolkit("vn.yaml", RATE_FROM, RATE_FROM.replace("0.08", "" + RATE));

        recalculated = tmp.resolve("recalculated");
        LibreOffice.convert(List.copyOf(written.values()), "xlsx", recalculated, tmp);
        List<Path> toPrint = new ArrayList<>();
        for (String id : samples.keySet()) {
            toPrint.add(write("summary-" + id, summaryOnly(Files.readAllBytes(written.get(id)))));
        }
        toPrint.add(written.get(CASE));
        printed = tmp.resolve("printed");
        LibreOffice.convert(toPrint, "pdf", printed, tmp);
    }

    private static void sample(String name, Evaluation e) throws IOException {
        samples.put(name, e);
        written.put(name, write(name, XlsxReport.render(e)));
    }

    private static Path write(String name, byte[] workbook) throws IOException {
        Path dir = tmp.resolve("written");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".xlsx");
        Files.write(file, workbook);
        return file;
    }

    /** The workbook with a toolkit parameter's input cell on the Parameters sheet set to {@code value}. */
    private static byte[] withParameter(byte[] workbook, String key, double value) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Row row = rowLabelled(wb.getSheet(ParametersSheet.NAME), key);
            assertNotNull(row, key + " is not on the Parameters sheet");
            row.getCell(1).setCellValue(value);
            return bytes(wb);
        }
    }

    /** The workbook with the first-ranked bid's total cached as a wrong number, to see LibreOffice correct it. */
    private static byte[] withWrongCachedTotal(byte[] workbook) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Cell total = firstBidRow(wb.getSheet(SummarySheet.NAME)).getCell(3);
            assertEquals(CellType.FORMULA, total.getCellType());
            total.setCellValue(-12345);
            return bytes(wb);
        }
    }

    /**
     * The workbook with the summary alone, to print it alone (LibreOffice prints hidden sheets too). Its formulas then
     * read missing sheets, which changes the values shown but not the rows, columns and print settings that make the
     * pages.
     */
    private static byte[] summaryOnly(byte[] workbook) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            while (wb.getNumberOfSheets() > 1) {
                wb.removeSheetAt(wb.getNumberOfSheets() - 1);
            }
            return bytes(wb);
        }
    }

    private static byte[] bytes(XSSFWorkbook wb) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    /** The sample case evaluated under a copy of the toolkits with one value of one file edited. */
    private static Evaluation evaluateWithToolkit(String file, String from, String to) throws Exception {
        Path toolkits = tmp.resolve("toolkits-" + Math.abs(to.hashCode()));
        try (Stream<Path> files = Files.walk(CaseFolders.root().resolve("toolkits"))) {
            for (Path p : files.toList()) {
                Path target = toolkits.resolve(CaseFolders.root().resolve("toolkits").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        CaseFolders.edit(toolkits.resolve(file), from, to);
        Engine engine = BundledRules.engine(CaseFolders.root().resolve("rules"), toolkits);
        return engine.evaluate(CaseFolderReader.read(CaseFolders.sample(CASE)));
    }

    @Test
    void libreOfficeRecalculatesEveryFormulaToTheEnginesValue() throws Exception {
        for (String id : samples.keySet()) {
            Map<String, Double> cached = formulaValues(written.get(id));
            Map<String, Double> again = formulaValues(LibreOffice.converted(written.get(id), "xlsx", recalculated));
            assertTrue(cached.size() > 500, id + ": only " + cached.size() + " formulas");
            List<String> wrong = new ArrayList<>();
            double worst = 0;
            String worstAt = "";
            for (Map.Entry<String, Double> c : cached.entrySet()) {
                Double v = again.get(c.getKey());
                if (v == null || !close(c.getValue(), v)) {
                    wrong.add(c.getKey() + ": engine " + c.getValue() + ", LibreOffice " + v);
                } else if (Math.abs(v - c.getValue()) > 0) {
                    double relative = Math.abs(v - c.getValue()) / Math.max(Math.abs(v), Math.abs(c.getValue()));
                    if (relative > worst) {
                        worst = relative;
                        worstAt = c.getKey() + " (engine " + c.getValue() + ", LibreOffice " + v + ")";
                    }
                }
            }
            System.out.println(id + ": " + cached.size() + " formulas recalculated; largest relative difference "
                    + worst + " at " + worstAt);
            assertTrue(wrong.isEmpty(), id + ": " + wrong.size() + " of " + cached.size() + " formulas disagree, e.g. "
                    + wrong.subList(0, Math.min(15, wrong.size())));
        }
    }

    @Test
    void everyScheduleIsAFormulaWhoseTotalAndPresentValuesAreTheEnginesFigures() throws Exception {
        for (String id : samples.keySet()) {
            Evaluation e = samples.get(id);
            try (XSSFWorkbook wb = open(LibreOffice.converted(written.get(id), "xlsx", recalculated))) {
                for (BidEvaluation b : e.bids()) {
                    Sheet sheet = wb.getSheet("Bid " + b.bidId());
                    Row names = sheet.getRow(rowOf(sheet, "Year"));
                    Row total = sheet.getRow(rowOf(sheet, BidSheet.TOTAL_ROW));
                    Row pvReal = sheet.getRow(rowOf(sheet, BidSheet.PV_REAL_ROW));
                    Row pvNominal = sheet.getRow(rowOf(sheet, BidSheet.PV_NOMINAL_ROW));
                    int schedules = 0;
                    for (Figure f : b.metrics().figures().values()) {
                        if (f.byYear().isEmpty()) {
                            continue;
                        }
                        schedules++;
                        int col = column(names, f.name());
                        String what = id + " " + b.bidId() + " " + f.name();
                        assertClose(f.value(), total.getCell(col).getNumericCellValue(), what + " total");
                        // Every year of every line is a formula, but the greenhouse-gas account's (see the sheet).
                        boolean ghg = f.unit().startsWith("tCO2");
                        for (int r = names.getRowNum() + 2; r < total.getRowNum(); r++) {
                            CellType type = sheet.getRow(r).getCell(col).getCellType();
                            assertEquals(ghg ? CellType.NUMERIC : CellType.FORMULA, type, what + " row " + (r + 1));
                        }
                        if (f.name().endsWith("Nominal")) {
                            int twin = column(names, f.name().replaceAll("Nominal$", "Real"));
                            assertClose(pvNominal.getCell(col).getNumericCellValue(),
                                    pvReal.getCell(twin).getNumericCellValue(), what + ": PV = its real twin's");
                        }
                    }
                    assertTrue(schedules > 20, id + " " + b.bidId() + ": " + schedules + " schedules");
                    assertEquals("NPV(discountRateReal,totalCostReal)/NPV(discountRateReal,treatedTonnesByYear)",
                            sheet.getRow(rowOf(sheet, FigureNames.LEVELISED_COST_PER_TONNE_REAL)).getCell(2)
                                    .getCellFormula());
                }
            }
        }
    }

    @Test
    void theCheckIsReal_aWrongCachedValueIsRecalculated() throws Exception {
        try (XSSFWorkbook wb = open(LibreOffice.converted(written.get("wrong"), "xlsx", recalculated))) {
            Cell total = firstBidRow(wb.getSheet(SummarySheet.NAME)).getCell(3);
            double engine = samples.get(CASE).ranking().get(0).total();
            assertClose(engine, total.getNumericCellValue(), "the total cached as -12345, recalculated");
        }
    }

    @Test
    void afterChangingInflationTheWorkbookIsTheEvaluationAtThatInflation() throws Exception {
        assertMatches(atInflation, "inflation");
    }

    @Test
    void afterChangingTheRealDiscountRateTheWorkbookIsTheEvaluationAtThatRate() throws Exception {
        assertMatches(atRate, "rate");
    }

    /**
     * Every bid's present values (nominal and real), NPV, levelised costs and the scores' metrics, and every score,
     * total and rank on the summary, against {@code expected}; and at least the costs moved, so the check can fail.
     */
    private static void assertMatches(Evaluation expected, String workbook) throws Exception {
        Evaluation before = samples.get(CASE);
        try (XSSFWorkbook wb = open(LibreOffice.converted(written.get(workbook), "xlsx", recalculated))) {
            for (BidEvaluation b : expected.bids()) {
                Sheet sheet = wb.getSheet("Bid " + b.bidId());
                Map<String, Figure> figures = b.metrics().figures();
                for (int r = rowOf(sheet, BidSheet.FIGURES_HEADER) + 1; label(sheet.getRow(r)) != null; r++) {
                    String name = label(sheet.getRow(r));
                    assertClose(figures.get(name).value(), sheet.getRow(r).getCell(2).getNumericCellValue(),
                            workbook + " " + b.bidId() + " " + name);
                }
                double pvCosts = figures.get(FigureNames.PV_COSTS).value();
                assertClose(pvCosts, pvRow(sheet, BidSheet.PV_NOMINAL_ROW, FigureNames.nominal(FigureNames.TOTAL_COST)),
                        workbook + " " + b.bidId() + " PV of nominal costs at the nominal rate");
                assertClose(pvCosts, pvRow(sheet, BidSheet.PV_REAL_ROW, FigureNames.real(FigureNames.TOTAL_COST)),
                        workbook + " " + b.bidId() + " PV of real costs at the real rate");
                double old = before.bids().stream().filter(x -> x.bidId().equals(b.bidId())).findFirst().orElseThrow()
                        .metrics().lifecycle().pvCosts().value();
                assertNotEquals(old, pvCosts, 1e-6 * old, workbook + " must move " + b.bidId() + "'s costs");
            }
            assertSummary(expected, wb.getSheet(SummarySheet.NAME), workbook);
        }
    }

    /** Each bid's scores, total and rank on the summary, found by bid id in column B. */
    private static void assertSummary(Evaluation expected, Sheet summary, String what) {
        Row head = firstBidRow(summary);
        Row titles = summary.getRow(head.getRowNum() - 1);
        int checked = 0;
        for (BidEvaluation b : expected.bids()) {
            Row row = rowWithBid(summary, head.getRowNum(), b.bidId());
            for (CriterionScore s : b.scores()) {
                int col = column(titles, s.criterion().key() + " score");
                assertClose(s.score(), row.getCell(col).getNumericCellValue(), what + " " + b.bidId() + " "
                        + s.criterion().key() + " score");
                checked++;
            }
            if (b.ranking() != null) {
                assertClose(b.ranking().total(), row.getCell(3).getNumericCellValue(), what + " " + b.bidId()
                        + " total");
                assertEquals(b.ranking().rank(), row.getCell(0).getNumericCellValue(), what + " " + b.bidId()
                        + " rank");
                checked++;
            }
        }
        assertTrue(checked >= expected.ranking().size() * (Criterion.values().length + 1), what + ": " + checked);
    }

    @Test
    void theSummaryPrintsOnAtMostTwoPages() throws Exception {
        StringBuilder pages = new StringBuilder();
        for (String id : samples.keySet()) {
            int n = LibreOffice.pages(LibreOffice.converted(tmp.resolve("written/summary-" + id + ".xlsx"), "pdf",
                    printed));
            pages.append(id).append(' ').append(n).append("; ");
            assertTrue(n >= 1 && n <= 2, id + ": the summary prints on " + n + " pages");
        }
        int whole = LibreOffice.pages(LibreOffice.converted(written.get(CASE), "pdf", printed));
        System.out.println("summary pages: " + pages + CASE + " whole workbook: " + whole + " pages");
        assertTrue(whole > 2, "the whole workbook prints more than its summary: " + whole);
    }

    @Test
    void textFromBidsAndFindingsIsWrittenAsTextNeverAsAFormula() throws Exception {
        Evaluation e = samples.get(CASE);
        List<String> texts = List.of("=1+1", "+1+1", "-1+1", "@SUM(1,1)");
        List<BidEvaluation> bids = new ArrayList<>();
        for (int i = 0; i < e.bids().size(); i++) {
            BidEvaluation b = e.bids().get(i);
            List<Finding> findings = new ArrayList<>(b.findings());
            findings.add(new Finding("TEST-TEXT", org.wteval.model.Severity.INFO, "clause " + texts.get(i % 4),
                    b.bidId(), texts.get(i % 4), Double.NaN, Double.NaN, "", List.of()));
            bids.add(new BidEvaluation(b.metrics(), b.plan(), b.qualified(), b.ranking(), findings, b.scores(),
                    b.scoreFigures()));
        }
        Evaluation edited = new Evaluation(e.tender(), e.tenderMetrics(), e.tenderFindings(), e.method(), e.weights(),
                e.tieBreak(), bids, e.ranking(), e.usedParams(), e.audit(), e.technical(), e.abnormallyLow(),
                e.rankReversals());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(XlsxReport.render(edited)))) {
            int found = 0;
            for (Row row : wb.getSheet(FindingsSheet.NAME)) {
                Cell message = row.getCell(3);
                if (message != null && texts.contains(message.getStringCellValue())) {
                    assertEquals(CellType.STRING, message.getCellType());
                    assertTrue(message.getCellStyle().getQuotePrefixed(), "quote-prefixed " + message.getAddress());
                    assertEquals(CellType.STRING, row.getCell(7).getCellType());
                    found++;
                }
            }
            assertEquals(e.bids().size(), found);
        }
    }

    // ---- reading the workbooks ----

    private static XSSFWorkbook open(Path file) throws IOException {
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    /** Every formula cell's numeric result, by {@code Sheet!A1}; NaN for an error. */
    private static Map<String, Double> formulaValues(Path file) throws IOException {
        Map<String, Double> out = new TreeMap<>();
        try (XSSFWorkbook wb = open(file)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            out.put(sheet.getSheetName() + "!" + cell.getAddress(),
                                    cell.getCachedFormulaResultType() == CellType.NUMERIC
                                            ? cell.getNumericCellValue() : Double.NaN);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean close(double expected, double actual) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            return Double.isNaN(expected) && Double.isNaN(actual);
        }
        return Math.abs(expected - actual) <= RELATIVE * Math.max(Math.abs(expected), Math.abs(actual)) + FLOOR;
    }

    private static void assertClose(double expected, double actual, String what) {
        if (!close(expected, actual)) {
            fail(what + ": expected " + expected + ", the recalculated workbook has " + actual);
        }
    }

    private static String label(Row row) {
        if (row == null || row.getCell(0) == null || row.getCell(0).getCellType() != CellType.STRING) {
            return null;
        }
        String s = row.getCell(0).getStringCellValue();
        return s.isEmpty() ? null : s;
    }

    private static Row rowLabelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (label.equals(label(row))) {
                return row;
            }
        }
        return null;
    }

    private static int rowOf(Sheet sheet, String label) {
        Row row = rowLabelled(sheet, label);
        assertNotNull(row, sheet.getSheetName() + " has no row " + label);
        return row.getRowNum();
    }

    /** The value of a present-value row in the column of {@code schedule}. */
    private static double pvRow(Sheet sheet, String rowLabel, String schedule) {
        Row pv = sheet.getRow(rowOf(sheet, rowLabel));
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(schedule)
                        && c.getColumnIndex() > 1) {
                    return pv.getCell(c.getColumnIndex()).getNumericCellValue();
                }
            }
        }
        return fail(sheet.getSheetName() + " has no column " + schedule);
    }

    /** The summary's first bid row: the row after the one whose first cell is "Rank". */
    private static Row firstBidRow(Sheet summary) {
        return summary.getRow(rowOf(summary, "Rank") + 1);
    }

    private static Row rowWithBid(Sheet summary, int first, String bidId) {
        for (int r = first; summary.getRow(r) != null; r++) {
            Cell id = summary.getRow(r).getCell(1);
            if (id != null && id.getCellType() == CellType.STRING && id.getStringCellValue().equals(bidId)) {
                return summary.getRow(r);
            }
        }
        return fail("no summary row for " + bidId);
    }

    /** The first column whose title is {@code prefix} or starts with it and a space. */
    private static int column(Row titles, String prefix) {
        for (Cell c : titles) {
            if (c.getCellType() == CellType.STRING && c.getColumnIndex() > 1 && (c.getStringCellValue()
                    .equals(prefix) || c.getStringCellValue().startsWith(prefix + " "))) {
                return c.getColumnIndex();
            }
        }
        return fail("no column " + prefix);
    }
}
