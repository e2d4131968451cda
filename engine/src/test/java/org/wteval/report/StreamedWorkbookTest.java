package org.wteval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.junit.jupiter.api.Test;

/**
 * A workbook with a sheet per bid has more parts than POI's guard against zip bombs accepts when POI reads its own
 * template back (1,000): writing one must still work, and leave the guard as it found it for readers.
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
}
