package org.wteval.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A streaming workbook whose sheets' rows are written as XML into memory as each sheet is finished, rather than kept
 * as XML objects: one XML object per cell made a workbook of 1,000 bid sheets take a minute and gigabytes. POI's
 * streaming workbook keeps each sheet's rows in a temporary file; here they stay in memory, so that nothing is
 * written outside the output folder and a killed run leaves nothing behind. Text is written inline, not through a
 * shared-strings table, which spreadsheet programs read alike.
 */
final class StreamedWorkbook extends SXSSFWorkbook {

    /** Every row of a sheet stays editable until {@link org.apache.poi.xssf.streaming.SXSSFSheet#flushRows()}. */
    private static final int KEEP_ALL_ROWS = -1;
    /** Parts of a workbook besides its sheets (content types, relations, styles, properties), with room to spare. */
    private static final int FIXED_PARTS = 100;

    private Map<String, XSSFSheet> sheetByEntry;

    StreamedWorkbook() {
        super(new XSSFWorkbook(), KEEP_ALL_ROWS, false, false);
        // Zip64 headers, which a workbook far below 4 GB never needs, leave sizes that Java's zip reader refuses.
        setZip64Mode(Zip64Mode.Never);
    }

    /**
     * Writes the workbook. POI reads its own template back through its guard against zip bombs, which refuses more
     * than 1,000 parts; a workbook with a sheet per bid has more for a large tender, and the bytes are the report's
     * own, so the guard is raised to this workbook's parts (one per sheet and a few fixed ones) while it is written.
     */
    void writeTo(OutputStream out) throws IOException {
        synchronized (ZipSecureFile.class) {
            long guard = ZipSecureFile.getMaxFileCount();
            ZipSecureFile.setMaxFileCount(Math.max(guard, getNumberOfSheets() + FIXED_PARTS));
            try {
                writeAvoidingTempFiles(out);
            } finally {
                ZipSecureFile.setMaxFileCount(guard);
            }
        }
    }

    /**
     * POI's archive compresses each part at the fastest level: {@link StableZip} rewrites every entry anyway, at the
     * default level, and compressing the sheets twice at that level took a large share of a big workbook's time
     * (not storing them at all held four times the bytes in memory).
     */
    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    /**
     * The sheet whose part the archive entry holds, from a table built once: POI compares the entry with every
     * sheet's part name, for every entry, which grew with the square of the sheets.
     */
    @Override
    protected XSSFSheet getSheetFromZipEntryName(String entry) {
        if (sheetByEntry == null) {
            sheetByEntry = new HashMap<>();
            for (Sheet sheet : getXSSFWorkbook()) {
                XSSFSheet x = (XSSFSheet) sheet;
                sheetByEntry.put(x.getPackagePart().getPartName().getName().substring(1), x);
            }
        }
        return sheetByEntry.get(entry);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new InMemory(new ByteArrayOutputStream());
    }

    /** Nothing is on disk to remove (POI's own removal expects a temporary file per sheet). */
    @Override
    public boolean dispose() {
        return true;
    }

    /**
     * A buffer for the sheet writer, which hands over one escaped character at a time: {@link java.io.BufferedWriter}
     * takes a lock for each, which was the largest part of writing a workbook of many sheets. One thread writes a
     * sheet, so no lock is needed.
     */
    private static final class CharBuffer extends Writer {

        private static final int SIZE = 64 * 1024;

        private final Writer out;
        private final char[] buffer = new char[SIZE];
        private int used;

        CharBuffer(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (used == SIZE) {
                drain();
            }
            buffer[used++] = (char) c;
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(chars[off + i]);
            }
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(s.charAt(off + i));
            }
        }

        private void drain() throws IOException {
            out.write(buffer, 0, used);
            used = 0;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
            out.close();
        }
    }

    /** Sheet data kept as UTF-8 bytes; read back once, when the workbook is written. */
    private static final class InMemory extends SheetDataWriter {

        private final ByteArrayOutputStream bytes;

        private InMemory(ByteArrayOutputStream bytes) throws IOException {
            super(new CharBuffer(new OutputStreamWriter(bytes, StandardCharsets.UTF_8)));
            this.bytes = bytes;
        }

        /**
         * POI escapes text code point by code point and allocates for each; a workbook of many sheets writes millions
         * of formulas, all printable ASCII, so those are escaped here with the same entities, char by char, and any
         * other text is left to POI.
         */
        @Override
        protected void outputEscapedString(String s) throws IOException {
            if (s == null) {
                return;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < ' ' || c > '~') {
                    super.outputEscapedString(s);
                    return;
                }
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '<' -> _out.write("&lt;");
                    case '>' -> _out.write("&gt;");
                    case '&' -> _out.write("&amp;");
                    case '"' -> _out.write("&quot;");
                    default -> _out.write(c);
                }
            }
        }

        /** Called once the workbook has closed the sheet's writer, so the bytes are complete. */
        @Override
        public InputStream getWorksheetXMLInputStream() {
            return new ByteArrayInputStream(bytes.toByteArray());
        }
    }
}
