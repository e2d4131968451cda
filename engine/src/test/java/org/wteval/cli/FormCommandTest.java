package org.wteval.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.BidForms;
import org.wteval.CaseFolders;
import org.wteval.io.BidForm;

/** {@code wte form}, and {@code wte evaluate}/{@code validate} on a case whose bid is a filled form. */
class FormCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesTheBlankFormIntoCaseFormAndAFilledOneWithBid() throws IOException {
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        CliRun blank = CliRun.of("form", c.toString());
        assertEquals(Main.OK, blank.code(), blank.err());
        Path written = c.resolve("form").resolve("bid-form.xlsx");
        assertTrue(blank.out().contains("wrote " + written.toAbsolutePath().normalize()), blank.out());
        assertTrue(java.util.Arrays.equals(BidForms.blank(c), Files.readAllBytes(written)));

        Path out = tmp.resolve("filled");
        CliRun filled = CliRun.of("form", c.toString(), "--bid", "bids/b1-nihon-vn.yaml", "--out", out.toString());
        assertEquals(Main.OK, filled.code(), filled.err());
        assertTrue(java.util.Arrays.equals(BidForms.filled(c, "bids/b1-nihon-vn.yaml"),
                Files.readAllBytes(out.resolve("bid-form.xlsx"))));
    }

    @Test
    void aBadTenderOrBidFileGivesExitTwoAndNoForm() {
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        CliRun missing = CliRun.of("form", c.toString(), "--bid", "bids/none.yaml");
        assertEquals(Main.INVALID_INPUT, missing.code());
        assertTrue(missing.err().contains("bids/none.yaml: missing"), missing.err());
        CaseFolders.edit(c.resolve("tender.yaml"), "baseYear: 2026", "baseYear: soon");
        CliRun bad = CliRun.of("form", c.toString());
        assertEquals(Main.INVALID_INPUT, bad.code());
        assertTrue(bad.err().contains("tender.yaml: baseYear"), bad.err());
        CliRun noCase = CliRun.of("form", tmp.resolve("no-such-case").toString());
        assertEquals(Main.INVALID_INPUT, noCase.code());
        assertTrue(noCase.err().contains("no-such-case: is not a case folder"), noCase.err());
        assertFalse(Files.exists(tmp.resolve("no-such-case")), "nothing written for a folder that is not a case");
        assertFalse(Files.exists(c.resolve("form")));
    }

    @Test
    void evaluateAndValidateNameEveryBadCellOfAFilledFormAndWriteNothing() throws IOException {
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        BidForm form = BidForms.form(c);
        byte[] bad = BidForms.edited(BidForms.filled(c, "bids/b1-nihon-vn.yaml"), wb -> {
            cell(wb, form, "plant.lines").setCellFormula("A1");
            cell(wb, form, "plant.capacityTonnesPerDay").setCellValue("five hundred");
            cell(wb, form, "finance.financing.debtShare").setCellValue(1.5);
            cell(wb, form, "currency").setCellValue("XYZ");
            cell(wb, form, "finance.capex").setBlank();
            var validations = wb.getSheet("Plant").getCTWorksheet().getDataValidations();
            String lhv = form.locate("plant.combustionDiagram.designLhvMjPerKg").replaceFirst("^Plant!(\\w+) .*", "$1");
            for (int i = 0; i < validations.sizeOfDataValidationArray(); i++) {
                if (validations.getDataValidationArray(i).getSqref().contains(lhv)) {
                    validations.removeDataValidation(i);
                    break;
                }
            }
            wb.removeSheetAt(wb.getSheetIndex("JCM"));
        });
        Files.delete(c.resolve("bids/b1-nihon-vn.yaml"));
        Files.write(c.resolve("bids/b1-nihon-vn.xlsx"), bad);
        Path out = tmp.resolve("out");
        for (String[] args : new String[][] {{"evaluate", c.toString(), "--out", out.toString()},
                {"validate", c.toString()}}) {
            CliRun r = CliRun.of(args);
            assertEquals(Main.INVALID_INPUT, r.code(), r.err());
            String f = "bids/b1-nihon-vn.xlsx: ";
            assertAll(
                    () -> assertTrue(r.err().contains(f + form.locate("plant.lines") + ": holds a formula (=A1)"),
                            r.err()),
                    () -> assertTrue(r.err().contains(f + form.locate("plant.capacityTonnesPerDay") + ": holds the "
                            + "text 'five hundred', not a number"), r.err()),
                    () -> assertTrue(r.err().contains(f + form.locate("finance.financing.debtShare") + ": is 1.5; "
                            + "must be a number at least 0 and at most 1"), r.err()),
                    () -> assertTrue(r.err().contains(f + "Bid!B8 (currency): 'XYZ' is not in its list"), r.err()),
                    () -> assertTrue(r.err().contains(f + form.locate("finance.capex") + ": missing"), r.err()),
                    () -> assertTrue(r.err().contains(f + form.locate("plant.combustionDiagram.designLhvMjPerKg")
                            + ": its data validation"), r.err()),
                    () -> assertTrue(r.err().contains(f + "JCM (jcm): the sheet JCM is missing"), r.err()));
        }
        assertFalse(Files.exists(out), "nothing is written for invalid input");
    }

    private static XSSFCell cell(XSSFWorkbook wb, BidForm form, String path) {
        BidForm.Input in = form.inputs().stream().filter(i -> i.path().equals(path)).findFirst().orElseThrow();
        var row = wb.getSheet(in.sheet()).getRow(in.row());
        return row.getCell(in.column()) != null ? row.getCell(in.column()) : row.createCell(in.column());
    }
}
