package org.wteval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A workbook with a sheet per bid has more parts than POI's guard against zip bombs accepts when POI reads its own
 * template back (1,000): writing one must still work, and leave the guard as it found it for readers. A sheet's rows,
 * compressed as they are written, still read back as XML through POI's own accessor, and a sheet finished before the
 * workbook is written keeps its used range, and column widths written as ranges read back column by column.
 */
class StreamedWorkbookTest {

    @Test
    void moreSheetsThanTheZipBombGuardAllowsAreWrittenAndTheGuardIsRestored() throws Exception {
        long guard = ZipSecureFile.getMaxFileCount();
        int sheets = 1_050;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (StreamedWorkbook wb = new StreamedWorkbook()) {
            for (int i = 0; i < sheets; i++) {
                var sheet = wb.createSheet("Bid #" + (i + 1));
                sheet.createRow(0).createCell(0).setCellValue(i);
                sheet.flushRows();
            }
            wb.writeTo(out, new DefinedNames());
        }
        assertEquals(guard, ZipSecureFile.getMaxFileCount(), "the guard is as it was");
        int worksheets = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                worksheets += e.getName().startsWith("xl/worksheets/sheet") ? 1 : 0;
            }
        }
        assertEquals(sheets, worksheets);
    }

    @Test
    void aFinishedSheetsRowsReadBackAsXml() throws Exception {
        try (StreamedWorkbook wb = new StreamedWorkbook()) {
            var sheet = wb.createSheet("Bid B1");
            for (int r = 0; r < 300; r++) {
                sheet.createRow(r).createCell(2).setCellValue("row " + r + " <&>");
            }
            wb.finish(sheet);
            String xml = new String(sheet.getWorksheetXMLInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(xml.startsWith("<row r=\"1\""), xml.substring(0, Math.min(80, xml.length())));
            assertTrue(xml.contains("<row r=\"300\""));
            assertTrue(xml.contains("row 299 &lt;&amp;&gt;"));
        }
    }

    @Test
    void aSheetFinishedEarlyKeepsItsUsedRange() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (StreamedWorkbook wb = new StreamedWorkbook()) {
            var early = wb.createSheet("Bid B1");
            var late = wb.createSheet("Summary");
            for (int r = 2; r < 40; r++) {
                early.createRow(r).createCell(1 + r % 5).setCellValue(r);
                late.createRow(r).createCell(3).setCellValue(r);
            }
            wb.finish(early);
            wb.writeTo(out, new DefinedNames());
        }
        // Rows 3 to 40 (1-based), columns B to F; the sheet left to the workbook D3:D40, as POI works it out.
        assertTrue(sheetPart(out.toByteArray(), 1).contains("<dimension ref=\"B3:F40\"/>"));
        assertTrue(sheetPart(out.toByteArray(), 2).contains("<dimension ref=\"D3:D40\"/>"));
    }

    @Test
    void columnWidthsSetAsRangesReadBackColumnByColumn() throws Exception {
        int[] widths = {34, 5, 16, 16, 16, 16, 12, 16, 16};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (StreamedWorkbook wb = new StreamedWorkbook()) {
            var sheet = wb.createSheet("Bid B1");
            wb.columnWidths(sheet, widths);
            assertThrows(IllegalStateException.class, () -> wb.columnWidths(sheet, 10), "widths are set once");
            sheet.createRow(0).createCell(0).setCellValue("label");
            wb.writeTo(out, new DefinedNames());
        }
        assertTrue(sheetPart(out.toByteArray(), 1).contains("<col min=\"3\" max=\"6\" width=\"16.0\""));
        try (var read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (int i = 0; i < widths.length; i++) {
                // POI's unit is a 256th of a character.
                assertEquals(widths[i] * 256, read.getSheetAt(0).getColumnWidth(i), "column " + i);
            }
        }
    }

    private static String sheetPart(byte[] workbook, int number) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("xl/worksheets/sheet" + number + ".xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no sheet " + number);
    }
}
