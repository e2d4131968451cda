package org.wteval.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.wteval.BidForms;
import org.wteval.CaseFolders;
import org.wteval.io.BidForm;
import org.wteval.io.FieldRule;

/** The blank bid form: its sheets, checks, lists, protection and bytes. */
class BidFormWorkbookTest {

    private static final Path BAC_NINH = CaseFolders.sample("vn-bac-ninh");
    private static final Path MULTILOT = CaseFolders.sample("vn-multilot");

    @Test
    void oneSheetPerPartOfTheBidBetweenTheInstructionsAndTheHiddenLists() throws IOException {
        try (XSSFWorkbook wb = BidForms.open(BidForms.blank(BAC_NINH))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            // The bid schema's top level: id, bidder, currency (Bid), then its objects plant, finance and jcm.
            assertEquals(List.of("Instructions", "Bid", "Plant", "Finance", "JCM", "Lists"), names);
            assertEquals(SheetVisibility.HIDDEN, wb.getSheetVisibility(wb.getSheetIndex("Lists")));
            assertTrue(wb.isStructureLocked(), "sheets cannot be renamed, deleted or unhidden by mistake");
            String instructions = text(wb.getSheet("Instructions"));
            assertAll(
                    () -> assertTrue(instructions.contains("Bid form for tender vn-bac-ninh"), instructions),
                    () -> assertTrue(instructions.contains("one row per item, filled from the top"), instructions),
                    () -> assertTrue(instructions.contains("the tender has 2 construction year(s)"), instructions),
                    () -> assertTrue(instructions.contains("Ask the procuring authority"), instructions),
                    () -> assertTrue(instructions.contains("Paste Special > Values"), instructions));
        }
    }

    @Test
    void everySheetIsProtectedWithoutAPasswordWithOnlyTheInputCellsUnlocked() throws IOException {
        BidForm form = BidForms.form(BAC_NINH);
        try (XSSFWorkbook wb = BidForms.open(BidForms.blank(BAC_NINH))) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet s = wb.getSheetAt(i);
                assertTrue(s.getProtect(), s.getSheetName() + " is protected");
                var protection = s.getCTWorksheet().getSheetProtection();
                assertFalse(protection.isSetPassword() || protection.isSetHashValue(),
                        s.getSheetName() + " has no password");
            }
            for (BidForm.Sheet sheet : form.sheets()) {
                XSSFSheet s = wb.getSheet(sheet.name());
                for (BidForm.Input in : sheet.inputs()) {
                    assertFalse(cell(s, in.row(), in.column()).getCellStyle().getLocked(), in.where());
                }
                for (BidForm.Label l : sheet.labels()) {
                    assertTrue(cell(s, l.row(), l.column()).getCellStyle().getLocked(), sheet.name() + " " + l);
                }
            }
        }
    }

    @Test
    void everyFieldHasItsUnitAndMeaningFromTheSchemaBesideIt() throws IOException {
        BidForm form = BidForms.form(BAC_NINH);
        try (XSSFWorkbook wb = BidForms.open(BidForms.blank(BAC_NINH))) {
            int rows = 0;
            for (BidForm.Input in : form.inputs()) {
                if (in.column() != BidForm.VALUE || in.path().contains("[")) {
                    continue;       // table cells: their unit and meaning head the column
                }
                XSSFSheet s = wb.getSheet(in.sheet());
                String key = in.path().substring(in.path().lastIndexOf('.') + 1);
                assertEquals(key, cell(s, in.row(), BidForm.KEY).getStringCellValue(), in.where());
                assertFalse(cell(s, in.row(), BidForm.UNIT).getStringCellValue().isEmpty(), in.where() + " unit");
                assertFalse(cell(s, in.row(), BidForm.MEANING).getStringCellValue().isEmpty(), in.where() + " meaning");
                assertEquals(in.path(), cell(s, in.row(), BidForm.PATH).getStringCellValue());
                rows++;
            }
            // Bid 3 (id, bidder, currency); Plant 27 (technology, lines, capacity, 6 of the combustion diagram, 3
            // of the support fuel, efficiency, auxiliary load, availability, 11 pollutants, CEMS); Finance 19 (capex,
            // fixed and variable O&M, O&M escalation, 2 of major maintenance, gate fee and its indexation, tariff and
            // its indexation, 3 escalations, residual value, decommissioning, degradation, 3 of financing); JCM 2.
            assertEquals(3 + 27 + 19 + 2, rows);
            BidForm.Input capacity = input(form, "plant.capacityTonnesPerDay");
            assertEquals("t/day", cell(wb.getSheet("Plant"), capacity.row(), BidForm.UNIT).getStringCellValue());
            BidForm.Input nox = input(form, "plant.emissionGuarantees.nox");
            // The toolkit's limit beside the guarantee: vn sets NOx at 200 mg/Nm3 (toolkits/vn.yaml or base).
            assertTrue(cell(wb.getSheet("Plant"), nox.row(), BidForm.REFERENCE).getStringCellValue()
                    .startsWith("limit 200 mg/Nm3 (toolkit vn"));
        }
    }

    @Test
    void validationsFollowTheSchemaBoundsAndListsSitOnTheHiddenSheetUnderDefinedNames() throws IOException {
        BidForm form = BidForms.form(BAC_NINH);
        byte[] xlsx = BidForms.blank(BAC_NINH);
        try (XSSFWorkbook wb = BidForms.open(xlsx)) {
            XSSFSheet plant = wb.getSheet("Plant");
            Map<String, XSSFDataValidation> byCell = new TreeMap<>();
            for (XSSFDataValidation v : plant.getDataValidations()) {
                byCell.put(v.getRegions().getCellRangeAddress(0).formatAsString(), v);
            }
            // lines: "type": "integer", minimum 1, maximum 12
            var lines = byCell.get(input(form, "plant.lines").cell()).getValidationConstraint();
            assertEquals(ValidationType.INTEGER, lines.getValidationType());
            assertEquals(OperatorType.BETWEEN, lines.getOperator());
            assertEquals("1", lines.getFormula1());
            assertEquals("12", lines.getFormula2());
            // capacityTonnesPerDay: exclusiveMinimum 0 alone
            var capacity = byCell.get(input(form, "plant.capacityTonnesPerDay").cell()).getValidationConstraint();
            assertEquals(ValidationType.DECIMAL, capacity.getValidationType());
            assertEquals(OperatorType.GREATER_THAN, capacity.getOperator());
            assertEquals("0", capacity.getFormula1());
            // grossElectricalEfficiency: exclusiveMinimum 0 and exclusiveMaximum 0.6, which no operator expresses
            String eff = input(form, "plant.grossElectricalEfficiency").cell();
            var efficiency = byCell.get(eff).getValidationConstraint();
            assertEquals(ValidationType.FORMULA, efficiency.getValidationType());
            assertEquals("AND(ISNUMBER(" + eff + ")," + eff + ">0," + eff + "<0.6)", efficiency.getFormula1());
            var fuel = byCell.get(input(form, "plant.supportFuel.fuel").cell()).getValidationConstraint();
            assertEquals(ValidationType.LIST, fuel.getValidationType());
            assertEquals("list_fuel", fuel.getFormula1());
            // One validation per checked cell: every input but free text.
            long checked = form.inputs().stream().filter(i -> i.sheet().equals("Plant"))
                    .filter(i -> i.rule().kind() != FieldRule.Kind.TEXT).count();
            assertEquals(checked, plant.getDataValidations().size());

            XSSFName currencies = wb.getName("list_currency");
            assertEquals("Lists!$A$2:$A$4", currencies.getRefersToFormula());
            XSSFSheet lists = wb.getSheet("Lists");
            // The tender's currency, then those it has rates for (tender.yaml: USD; VND and JPY).
            assertEquals(List.of("USD", "JPY", "VND"), List.of(cell(lists, 1, 0).getStringCellValue(),
                    cell(lists, 2, 0).getStringCellValue(), cell(lists, 3, 0).getStringCellValue()));
            assertEquals("Lists!$B$2:$B$5", wb.getName("list_fuel").getRefersToFormula());
            assertNotNull(wb.getName("list_yesNo"));
        }
        // POI's flag is inverted for lists: showDropDown="1" would hide the arrow.
        String sheet = part(xlsx, "xl/worksheets/sheet3.xml");
        assertTrue(sheet.contains("type=\"list\""), "the Plant sheet has list validations");
        assertFalse(sheet.contains("showDropDown=\"true\"") || sheet.contains("showDropDown=\"1\""), sheet);
    }

    @Test
    void tablesHaveTheSchemasMaximumRowsAndLotFieldsAppearOnlyInATenderWithLots() {
        BidForm bacNinh = BidForms.form(BAC_NINH);
        // maxItems: constructionSchedule 6, referencePlants 20, replacements 40
        assertEquals(6, table(bacNinh, "finance.constructionSchedule").rows());
        assertEquals(1, table(bacNinh, "finance.constructionSchedule").minItems());
        assertEquals(20, table(bacNinh, "plant.referencePlants").rows());
        assertEquals(40, table(bacNinh, "finance.replacements").rows());
        assertTrue(bacNinh.inputs().stream().noneMatch(i -> i.path().startsWith("relatedLot")));
        BidForm multilot = BidForms.form(MULTILOT);
        // vn-multilot has three lots (L1, L2, L3 in tender.yaml): one row per lot, each a choice of the three.
        BidForm.Table lots = table(multilot, "relatedLots");
        assertEquals(3, lots.rows());
        assertEquals(3, input(multilot, "relatedLots[0]").rule().choices().size());
        assertEquals(FieldRule.Kind.CHOICE, input(multilot, "relatedLotGroup").rule().kind());
        assertEquals(FieldRule.Kind.NUMBER, input(multilot, "buildCapacityTonnesPerDay").rule().kind());
    }

    @Test
    void theSameInputsGiveTheSameBytesInAnyTimeZoneAndLocale() {
        byte[] first = BidForms.filled(BAC_NINH, "bids/b1-nihon-vn.yaml");
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
            Locale.setDefault(Locale.GERMANY);
            assertArrayEquals(first, BidForms.filled(BAC_NINH, "bids/b1-nihon-vn.yaml"));
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
        String core = part(first, "docProps/core.xml");
        assertFalse(core.contains("created"), core);
    }

    private static BidForm.Table table(BidForm form, String path) {
        return form.tables().stream().filter(t -> t.path().equals(path)).findFirst().orElseThrow();
    }

    static BidForm.Input input(BidForm form, String path) {
        return form.inputs().stream().filter(i -> i.path().equals(path)).findFirst().orElseThrow();
    }

    private static XSSFCell cell(XSSFSheet s, int row, int column) {
        return s.getRow(row).getCell(column);
    }

    private static String text(XSSFSheet s) {
        StringBuilder b = new StringBuilder();
        s.forEach(r -> r.forEach(c -> b.append(c.getStringCellValue()).append('\n')));
        return b.toString();
    }

    static String part(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no part " + name);
    }
}
