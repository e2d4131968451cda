package org.wteval.io;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.BidForms;
import org.wteval.CaseFolders;
import org.wteval.model.Bid;
import org.wteval.model.CaseSource;
import org.wteval.model.InputProblem;

/**
 * A filled bid form read back: the same bid as its YAML, every cell checked again whatever Excel allowed, each
 * problem named by sheet, cell and field, and hostile workbooks refused without harm.
 */
class BidWorkbookReaderTest {

    private static final String YAML = "bids/b1-nihon-vn.yaml";
    private static final String XLSX = "bids/b1-nihon-vn.xlsx";

    @TempDir
    Path tmp;

    private Path caseDir;
    private BidForm form;

    @BeforeEach
    void copyCase() {
        caseDir = CaseFolders.copy("vn-bac-ninh", tmp);
        form = BidForms.form(caseDir);
    }

    @Test
    void aFilledFormReadsBackToTheSameBidAsItsYaml() throws IOException {
        Bid yaml = CaseFolderReader.read(caseDir).bids().get(0);
        CaseSource read = withWorkbook(BidForms.filled(caseDir, YAML));
        assertEquals(List.of(), read.problems());
        assertEquals(yaml, read.bids().get(0));
        // Explanations and later problems name the cell: plant.lines is on the Plant sheet, value column B.
        assertEquals("Plant!" + cellOf("plant.lines") + " (plant.lines)", read.sources().bid(0, "plant.lines").path());
        assertEquals(XLSX, read.sources().bid(0, "plant.lines").file());
    }

    @Test
    void everyKindOfBadCellIsReportedAtOnceBySheetCellAndField() {
        byte[] bad = BidForms.edited(BidForms.filled(caseDir, YAML), wb -> {
            cell(wb, "plant.lines").setCellFormula("1+1");                       // a formula
            cell(wb, "plant.capacityTonnesPerDay").setCellValue("500 t");         // text in a number cell
            cell(wb, "plant.grossElectricalEfficiency").setCellValue(0.7);        // exclusiveMaximum 0.6
            cell(wb, "currency").setCellValue("EUR");                             // not in the tender's list
            cell(wb, "bidder").setBlank();                                        // required, left empty
            cell(wb, "plant.combustionDiagram.maxLhvMjPerKg").setCellValue(8.5); // out of order: the resolver's
            cell(wb, "plant.referencePlants[0].name").setBlank();                 // a required column of a used row
            removeValidation(wb, "plant.availabilityHoursPerYear");               // pasted over
            wb.removeSheetAt(wb.getSheetIndex("JCM"));                           // a sheet deleted
        });
        List<String> problems = withWorkbook(bad).problems().stream().map(InputProblem::toString).toList();
        assertAll(
                () -> assertHas(problems, XLSX + ": " + where("plant.lines") + ": holds a formula (=1+1); a bid form "
                        + "takes typed values only"),
                () -> assertHas(problems, XLSX + ": " + where("plant.capacityTonnesPerDay") + ": holds the text "
                        + "'500 t', not a number above 0"),
                () -> assertHas(problems, XLSX + ": " + where("plant.grossElectricalEfficiency") + ": is 0.7; must be "
                        + "a number above 0 and below 0.6"),
                () -> assertHas(problems, XLSX + ": " + where("currency") + ": 'EUR' is not in its list: choose one "
                        + "of: USD, JPY, VND"),
                () -> assertHas(problems, XLSX + ": " + where("bidder") + ": missing: text is required here"),
                () -> assertHas(problems, XLSX + ": " + where("plant.referencePlants[0].name") + ": missing"),
                () -> assertHas(problems, XLSX + ": " + where("plant.availabilityHoursPerYear") + ": its data "
                        + "validation (a number at least 0 and at most 8760) is gone"),
                () -> assertHas(problems, XLSX + ": JCM (jcm): the sheet JCM is missing"));
        // Cross-field checks (min <= design <= max) belong to validation, after reading; reading stops at cells.
        assertEquals(8, problems.size(), String.join("\n", problems));
    }

    @Test
    void aTableWithAGapAndARequiredTableLeftEmptyAreNamedAtTheirFirstCells() {
        byte[] bad = BidForms.edited(BidForms.filled(caseDir, YAML), wb -> {
            cell(wb, "plant.referencePlants[2].name").setCellValue("Osaka plant (illustrative)");
            cell(wb, "plant.referencePlants[2].country").setCellValue("JP");
            cell(wb, "plant.referencePlants[2].capacityTonnesPerDay").setCellValue(300);
            cell(wb, "plant.referencePlants[2].yearsOperating").setCellValue(10);
            cell(wb, "plant.referencePlants[2].averageLhvMjPerKg").setCellValue(8);
            for (String c : List.of("name", "country", "capacityTonnesPerDay", "yearsOperating", "averageLhvMjPerKg")) {
                cell(wb, "plant.referencePlants[1]." + c).setBlank();
            }
            cell(wb, "finance.constructionSchedule[0]").setBlank();
            cell(wb, "finance.constructionSchedule[1]").setBlank();
        });
        List<String> problems = withWorkbook(bad).problems().stream().map(InputProblem::toString).toList();
        assertEquals(List.of(
                XLSX + ": " + where("plant.referencePlants[1].name") + ": row 2 of plant.referencePlants is empty "
                        + "but a row below it is filled: fill the rows from the top, with no empty row between",
                XLSX + ": " + where("finance.constructionSchedule[0]") + ": missing: finance.constructionSchedule "
                        + "needs at least 1 row"),
                problems);
    }

    @Test
    void rowsInsertedIntoASheetStopItsCellsFromBeingRead() {
        byte[] moved = BidForms.edited(BidForms.filled(caseDir, YAML), wb -> {
            XSSFSheet finance = wb.getSheet("Finance");
            finance.shiftRows(5, finance.getLastRowNum(), 1);
        });
        List<String> problems = withWorkbook(moved).problems().stream().map(InputProblem::toString).toList();
        assertEquals(1, problems.size(), String.join("\n", problems));
        // Finance: title (A1), description (A2), header (A4), capex (A5), then the constructionSchedule table's
        // heading at A7; shifting from row 6 moves the heading to A8.
        assertTrue(problems.get(0).startsWith(XLSX + ": Finance!A7: should read 'constructionSchedule' but reads ''"),
                problems.get(0));
        assertTrue(problems.get(0).contains("none of its cells is read"), problems.get(0));
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAndReadAsText() throws IOException {
        ObjectNode tree = Yaml.MAPPER.valueToTree(CaseFolderReader.read(caseDir).bids().get(0));
        tree.put("bidder", "=HYPERLINK(\"http://example.org\",\"click\")");
        ((ObjectNode) tree.get("plant")).put("technology", "+moving grate");
        ((ObjectNode) tree.get("plant").get("referencePlants").get(0)).put("name", "-1+1");
        ((ObjectNode) tree.get("plant").get("referencePlants").get(0)).put("country", "@SUM(A1)");
        Bid hostile = Yaml.MAPPER.treeToValue(tree, Bid.class);
        byte[] xlsx = BidForms.filled(caseDir, hostile);
        try (XSSFWorkbook wb = BidForms.open(xlsx)) {
            for (String path : List.of("bidder", "plant.technology", "plant.referencePlants[0].name",
                    "plant.referencePlants[0].country")) {
                XSSFCell c = cell(wb, path);
                assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, c.getCellType(), path);
                assertFalse(c.getCTCell().isSetF(), path + " has no formula");
            }
        }
        CaseSource read = withWorkbook(xlsx);
        assertEquals(List.of(), read.problems());
        assertEquals(hostile, read.bids().get(0));
    }

    @Test
    void awkwardDoublesSurviveToTheLastBitAndAreWrittenAsTheShortestDecimal() throws IOException {
        ObjectNode tree = Yaml.MAPPER.valueToTree(CaseFolderReader.read(caseDir).bids().get(0));
        ObjectNode finance = (ObjectNode) tree.get("finance");
        double sum = 0.1 + 0.2;                        // 0.30000000000000004, not 0.3
        double java17Long = 2.82879384806159E17;       // Java 17's Double.toString gives 2.82879384806159008E17
        finance.put("capex", java17Long);
        finance.put("fixedOmPerYear", 1.0 / 3);
        finance.put("variableOmPerTonne", 1e-7);
        finance.put("residualValue", Double.MIN_VALUE);
        finance.put("decommissioningCost", Double.MAX_VALUE);
        ((ObjectNode) finance.get("financing")).put("debtShare", sum);
        Bid awkward = Yaml.MAPPER.treeToValue(tree, Bid.class);
        byte[] xlsx = BidForms.filled(caseDir, awkward);
        CaseSource read = withWorkbook(xlsx);
        assertEquals(List.of(), read.problems());
        Bid.Finance back = read.bids().get(0).finance();
        assertEquals(Double.doubleToRawLongBits(sum), Double.doubleToRawLongBits(back.financing().debtShare()));
        assertEquals(awkward, read.bids().get(0));
        String sheet = part(xlsx, "xl/worksheets/sheet4.xml");
        Map<String, String> written = Map.of("finance.capex", "2.82879384806159E17",
                "finance.financing.debtShare", "0.30000000000000004", "finance.variableOmPerTonne", "1.0E-7",
                "finance.fixedOmPerYear", "0.3333333333333333", "finance.residualValue", "4.9E-324",
                "finance.decommissioningCost", "1.7976931348623157E308");
        for (Map.Entry<String, String> e : written.entrySet()) {
            String ref = cellOf(e.getKey());
            assertTrue(sheet.contains("<c r=\"" + ref + "\" s=\"") && sheet.matches("(?s).*<c r=\"" + ref
                    + "\"[^>]*><v>" + java.util.regex.Pattern.quote(e.getValue()) + "</v>.*"), e.getKey() + " written as "
                    + e.getValue());
        }
    }

    @Test
    void aHugeSheetALinkToAnotherWorkbookMacrosAndNonWorkbooksAreRefusedBeforeTheyAreParsed() {
        byte[] filled = BidForms.filled(caseDir, YAML);
        // 400,000 rows of one cell each: about 13 MB of XML in a file of a few tens of kilobytes.
        byte[] row = "<row><c t=\"n\"><v>1</v></c></row>".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        sheet.writeBytes("<worksheet><sheetData>".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 400_000; i++) {
            sheet.writeBytes(row);
        }
        byte[] huge = withEntry(filled, "xl/worksheets/sheet9.xml", sheet.toByteArray());
        assertTrue(huge.length < InputLimits.MAX_FILE_BYTES, "under the file bound: " + huge.length);
        assertEquals(List.of(XLSX + ": unpacks to more than 8,388,608 bytes; a bid form unpacks to about 110,000"),
                withWorkbook(huge).problems().stream().map(InputProblem::toString).toList());

        byte[] linked = withEntry(filled, "xl/externalLinks/externalLink1.xml", "<externalLink/>".getBytes(
                StandardCharsets.US_ASCII));
        assertTrue(withWorkbook(linked).problems().get(0).toString().startsWith(XLSX + ": links to another "
                + "workbook (xl/externalLinks/externalLink1.xml)"));
        byte[] macros = withEntry(filled, "xl/vbaProject.bin", new byte[] {1, 2, 3});
        assertTrue(withWorkbook(macros).problems().get(0).toString().startsWith(XLSX + ": holds macros"));
        assertEquals(List.of(XLSX + ": is not an Excel workbook (.xlsx): save the bid form as .xlsx"),
                withWorkbook("id: B1\n".getBytes(StandardCharsets.UTF_8)).problems().stream()
                        .map(InputProblem::toString).toList());
        byte[] truncated = java.util.Arrays.copyOf(filled, filled.length / 2);
        List<InputProblem> broken = withWorkbook(truncated).problems();
        assertEquals(1, broken.size(), broken.toString());
        assertEquals(XLSX, broken.get(0).file());
    }

    @Test
    void aBidFormNeedsItsTenderAndTheBidsFolderNamesTheNewType() throws IOException {
        Files.writeString(caseDir.resolve("bids/b6.xls"), "old");
        CaseSource read = CaseFolderReader.read(caseDir);
        assertTrue(read.problems().contains(new InputProblem("bids/b6.xls", "", "is not a .yaml, .yml or .json file "
                + "or a bid form (.xlsx), so it would not be read: rename it or remove it from bids/")),
                read.problems().toString());
        Files.delete(caseDir.resolve("bids/b6.xls"));
        CaseFolders.edit(caseDir.resolve("tender.yaml"), "baseYear: 2026", "baseYear: soon");
        List<InputProblem> problems = withWorkbook(BidForms.filled(CaseFolders.sample("vn-bac-ninh"), YAML))
                .problems();
        assertTrue(problems.contains(new InputProblem(XLSX, "", "not read: a bid form is checked against the form "
                + "of tender.yaml, which could not be read")), problems.toString());
    }

    // ----- helpers

    /** The case with b1's YAML replaced by {@code xlsx}, read. */
    private CaseSource withWorkbook(byte[] xlsx) {
        try {
            Files.deleteIfExists(caseDir.resolve(YAML));
            Files.write(caseDir.resolve(XLSX), xlsx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CaseFolderReader.read(caseDir);
    }

    private String where(String path) {
        return form.locate(path);
    }

    private String cellOf(String path) {
        return form.inputs().stream().filter(i -> i.path().equals(path)).findFirst().orElseThrow().cell();
    }

    private XSSFCell cell(XSSFWorkbook wb, String path) {
        BidForm.Input in = form.inputs().stream().filter(i -> i.path().equals(path)).findFirst().orElseThrow();
        XSSFSheet s = wb.getSheet(in.sheet());
        var row = s.getRow(in.row());
        return row.getCell(in.column()) != null ? row.getCell(in.column()) : row.createCell(in.column());
    }

    private void removeValidation(XSSFWorkbook wb, String path) {
        BidForm.Input in = form.inputs().stream().filter(i -> i.path().equals(path)).findFirst().orElseThrow();
        var validations = wb.getSheet(in.sheet()).getCTWorksheet().getDataValidations();
        String ref = new CellReference(in.row(), in.column()).formatAsString();
        for (int i = 0; i < validations.sizeOfDataValidationArray(); i++) {
            if (validations.getDataValidationArray(i).getSqref().toString().equals("[" + ref + "]")
                    || validations.getDataValidationArray(i).getSqref().contains(ref)) {
                validations.removeDataValidation(i);
                validations.setCount(validations.sizeOfDataValidationArray());
                return;
            }
        }
        throw new AssertionError("no validation at " + ref);
    }

    private static void assertHas(List<String> problems, String start) {
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(start)), "no problem starting '" + start + "' in\n"
                + String.join("\n", problems));
    }

    private static byte[] withEntry(byte[] zip, String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                z.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(z);
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String part(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no part " + name);
    }
}
