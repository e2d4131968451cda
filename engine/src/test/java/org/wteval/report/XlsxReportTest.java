package org.wteval.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.cli.Main;
import org.wteval.model.Param;
import org.wteval.pipeline.BidEvaluation;
import org.wteval.pipeline.Evaluation;
import org.wteval.io.CaseFolderReader;

/**
 * What the workbook says besides its numbers: its sheets, parameters, findings and text, its bytes; the numbers are
 * recalculated by LibreOffice in {@link LiveWorkbookTest}.
 */
class XlsxReportTest {

    @TempDir
    Path tmp;

    private static Evaluation evaluate(Path caseDir) throws Exception {
        return BundledRules.engine().evaluate(CaseFolderReader.read(caseDir));
    }

    /** The workbook as written, reopened; {@link LiveWorkbookTest} recalculates it in LibreOffice. */
    private XSSFWorkbook written(Evaluation e) throws IOException {
        Path file = tmp.resolve(XlsxReport.FILE);
        Files.write(file, XlsxReport.render(e));
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    @Test
    void textFromTheInputsStaysTextEvenWhenItLooksLikeAFormula() throws Exception {
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        String link = "=HYPERLINK(\"http://x\",\"y\")";
        String sum = "@SUM(1+1)";
        String minus = "-2+3";
        CaseFolders.edit(c.resolve("bids/b1-nihon-vn.yaml"), "bidder: Nihon-Viet WtE Consortium",
                "bidder: '" + link + "'");
        CaseFolders.edit(c.resolve("bids/b2-eurogrid.yaml"), "bidder: EuroGrate Energy Ltd", "bidder: '" + sum + "'");
        CaseFolders.edit(c.resolve("tender.yaml"), "title: Bac Ninh Province waste-to-energy PPP (illustrative)",
                "title: '" + minus + "'");
        try (XSSFWorkbook wb = written(evaluate(c))) {
            Map<String, Integer> found = new HashMap<>();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            assertFalse(cell.getCellFormula().contains("HYPERLINK"), cell.getAddress().toString());
                            assertFalse(cell.getCellFormula().contains("SUM(1"), cell.getAddress().toString());
                        } else if (cell.getCellType() == CellType.STRING) {
                            String s = cell.getStringCellValue();
                            if (s.equals(link) || s.equals(sum) || s.equals(minus)) {
                                assertTrue(cell.getCellStyle().getQuotePrefixed(), sheet.getSheetName() + "!"
                                        + cell.getAddress() + " must be quote-prefixed");
                                found.merge(s, 1, Integer::sum);
                            } else if (s.equals("Delta Thermal JSC")) {
                                assertFalse(cell.getCellStyle().getQuotePrefixed(), "ordinary text is left alone");
                            }
                        }
                    }
                }
            }
            // Each bidder appears on the summary and on its bid's sheet; the title on the summary.
            assertEquals(Map.of(link, 2, sum, 2, minus, 1), found);
        }
    }

    @Test
    void theSameCaseGivesTheSameBytesInAnyTimeZoneWithNoTimeInTheFile() throws Exception {
        Path c = CaseFolders.sample("vn-bac-ninh");
        byte[] first = XlsxReport.render(evaluate(c));
        TimeZone zone = TimeZone.getDefault();
        byte[] second;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
            second = XlsxReport.render(evaluate(c));
        } finally {
            TimeZone.setDefault(zone);
        }
        assertArrayEquals(first, second);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            int entries = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries++;
                assertEquals(LocalDateTime.of(1980, 2, 1, 0, 0), entry.getTimeLocal(), entry.getName());
                // No extended timestamp: it would hold an instant, which depends on the time zone.
                assertNull(entry.getExtra(), entry.getName());
                if (entry.getName().equals("docProps/core.xml")) {
                    String core = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    assertFalse(core.contains("created"), core);
                    assertFalse(core.contains("modified"), core);
                }
            }
            assertTrue(entries > 5, "entries: " + entries);
        }
    }

    @Test
    void assumedParametersAreMarked() throws Exception {
        Evaluation e = evaluate(CaseFolders.sample("vn-bac-ninh"));
        Param assumed = e.usedParams().values().stream().filter(Param::assumed).findFirst().orElseThrow();
        try (XSSFWorkbook wb = written(e)) {
            Row row = wb.getSheet(ParametersSheet.NAME).getRow(rowOf(wb.getSheet(ParametersSheet.NAME), assumed.key()));
            assertEquals("ASSUMED", row.getCell(3).getStringCellValue());
        }
    }

    @Test
    void theParametersSheetNamesTheLayerAndDatedVersionThatSetEachValue() throws Exception {
        Evaluation e = evaluate(CaseFolders.sample("id-west-java-2025"));
        try (XSSFWorkbook wb = written(e)) {
            Sheet params = wb.getSheet(ParametersSheet.NAME);
            assertEquals("id@2025-10-10",
                    params.getRow(rowOf(params, "tariff.single.perMwh")).getCell(4).getStringCellValue());
            assertEquals("id", params.getRow(rowOf(params, "finance.discountRateReal")).getCell(4).getStringCellValue());
            assertEquals("base",
                    params.getRow(rowOf(params, "finance.landfillCostPerTonne")).getCell(4).getStringCellValue());
            assertTrue(valueOf(wb.getSheet(SummarySheet.NAME), "Toolkit").getStringCellValue()
                    .endsWith("(layers base > id@2025-10-10)"));
        }
    }

    @Test
    void theSummarySaysTheRankingIsProvisionalAndShowsEitherDecisionOnTheUndecidedBid() throws Exception {
        // West Java: I4 is flagged as abnormally low and the committee has not decided on it. Lifecycle
        // cost is scored between the published anchors, so taking I4 out leaves the others' order as it was.
        Evaluation e = evaluate(CaseFolders.sample("id-west-java"));
        try (XSSFWorkbook wb = written(e)) {
            Sheet summary = wb.getSheet(SummarySheet.NAME);
            assertTrue(valueOf(summary, "Ranking").getStringCellValue().startsWith("PROVISIONAL"));
            // Accepting I4, already ranked, changes nothing; I4 holds the lowest price, so rejecting it ranks the
            // others again (their order stays, their totals are shown).
            assertEquals("the ranking above",
                    valueOf(summary, "If the committee accepted I4").getStringCellValue());
            assertEquals("1. I5 57.7835, 2. I6 51.1324, 3. I1 40.6538",
                    valueOf(summary, "If the committee rejected I4").getStringCellValue());
        }
    }

    @Test
    void theXlsxFlagWritesTheWorkbookBesideTheJsonAndNothingForInvalidInput() throws Exception {
        Path out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        int code = BundledRules.run(new String[] {"evaluate", CaseFolders.sample("vn-bac-ninh").toString(), "--out",
                out.toString(), "--xlsx"}, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertEquals(Main.OK, code, err.toString());
        assertTrue(Files.exists(out.resolve("evaluation.json")));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve(XlsxReport.FILE)))) {
            // Ranked bids first; B4, rejected by the committee, after the disqualified ones (by id).
            assertEquals(List.of("Summary", "Parameters", "Findings", "Bid B1", "Bid B5", "Bid B2", "Bid B3", "Bid B4"),
                    sheetNames(wb));
        }
        assertEquals("", err.toString(), "nothing may be logged");

        Path broken = CaseFolders.copy("vn-bac-ninh", tmp.resolve("broken"));
        CaseFolders.edit(broken.resolve("bids/b2-eurogrid.yaml"), "capex: 48000000", "capex: lots");
        Path none = tmp.resolve("none");
        int invalid = BundledRules.run(new String[] {"evaluate", broken.toString(), "--out", none.toString(), "--xlsx"},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter(), true));
        assertEquals(Main.INVALID_INPUT, invalid);
        assertFalse(Files.exists(none), "no file may be written for invalid input");
    }

    @Test
    void findingsSheetListsEveryFindingOfTheTenderAndOfEachBidWithItsRuleAndClause() throws Exception {
        Evaluation e = evaluate(CaseFolders.sample("vn-bac-ninh"));
        List<String> subjects = new ArrayList<>();
        List<org.wteval.rules.Finding> expected = new ArrayList<>(e.tenderFindings());
        e.tenderFindings().forEach(f -> subjects.add("tender"));
        for (BidEvaluation b : e.bids()) {
            expected.addAll(b.findings());
            b.findings().forEach(f -> subjects.add(b.bidId()));
        }
        assertTrue(expected.size() > 5, "the sample case should have findings to list");
        try (XSSFWorkbook wb = written(e)) {
            Sheet sheet = wb.getSheet(FindingsSheet.NAME);
            Row head = sheet.getRow(0);
            for (int c = 0; c < FindingsSheet.TITLES.length; c++) {
                assertEquals(FindingsSheet.TITLES[c], head.getCell(c).getStringCellValue());
            }
            assertEquals(expected.size(), sheet.getLastRowNum(), "one row per finding");
            boolean sawMeasured = false;
            for (int i = 0; i < expected.size(); i++) {
                org.wteval.rules.Finding f = expected.get(i);
                Row row = sheet.getRow(i + 1);
                assertEquals(subjects.get(i), row.getCell(0).getStringCellValue());
                assertEquals(f.ruleId(), row.getCell(1).getStringCellValue());
                assertEquals(f.severity().name(), row.getCell(2).getStringCellValue());
                assertEquals(f.message(), row.getCell(3).getStringCellValue());
                if (Double.isFinite(f.measured())) {
                    assertEquals(f.measured(), row.getCell(4).getNumericCellValue(), 0);
                    sawMeasured = true;
                } else {
                    assertNull(row.getCell(4));
                }
                if (Double.isFinite(f.threshold())) {
                    assertEquals(f.threshold(), row.getCell(5).getNumericCellValue(), 0);
                } else {
                    assertNull(row.getCell(5));
                }
                assertEquals(f.unit(), row.getCell(6) == null ? null : row.getCell(6).getStringCellValue());
                assertEquals(f.clause(), row.getCell(7).getStringCellValue());
                assertEquals(String.join(", ", f.params()), row.getCell(8).getStringCellValue());
            }
            assertTrue(sawMeasured, "some finding should carry a measured value");
        }
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static String label(Row row) {
        if (row == null || row.getCell(0) == null || row.getCell(0).getCellType() != CellType.STRING) {
            return null;
        }
        return row.getCell(0).getStringCellValue();
    }

    private static int rowOf(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (label.equals(label(row))) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }

    /** The value cell (column C) of the row labelled {@code label}. */
    private static Cell valueOf(Sheet sheet, String label) {
        return sheet.getRow(rowOf(sheet, label)).getCell(2);
    }
}
