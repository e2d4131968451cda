package org.wteval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;

/**
 * A workbook with a sheet per bid has more parts than POI's guard against zip bombs accepts when POI reads its own
 * template back (1,000): writing one must still work, and leave the guard as it found it for readers. A sheet's rows,
 * compressed as they are written, still read back as XML through POI's own accessor.
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
}
