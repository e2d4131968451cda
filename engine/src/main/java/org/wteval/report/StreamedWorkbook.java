package org.wteval.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * A streaming workbook whose sheets' rows are written as compressed XML into memory as each sheet is finished,
 * rather than kept as XML objects: one XML object per cell made a workbook of 1,000 bid sheets take a minute and
 * gigabytes. POI's streaming workbook keeps each sheet's rows in a temporary file; here they stay in memory, so that
 * nothing is written outside the output folder and a killed run leaves nothing behind. Text is written inline, not
 * through a shared-strings table, which spreadsheet programs read alike.
 *
 * <p>A sheet's rows are compressed as they are written, on the thread that writes the sheet, into a
 * {@link StableZip.Piece}; the archive is written by {@link StableZip}, which joins each sheet's part from POI's
 * template of it and its rows, dates every entry alike and puts the defined names into the workbook part. POI's own
 * archive writer compressed every part on one thread, with the time of writing, which a second pass then rewrote.
 */
final class StreamedWorkbook extends SXSSFWorkbook {

    /** Every row of a sheet stays editable until {@link SXSSFSheet#flushRows()}. */
    private static final int KEEP_ALL_ROWS = -1;
    /** Parts of a workbook besides its sheets (content types, relations, styles, properties), with room to spare. */
    private static final int FIXED_PARTS = 100;
    /** Where the rows go in a sheet's part as POI writes it: its rows are in the sheet's writer instead. */
    private static final String NO_ROWS = "<sheetData/>";

    /** Each sheet's rows and POI's template of it; sheets are made on one thread, then finished on several. */
    private final Map<Sheet, Made> made = new IdentityHashMap<>();
    /** The writer of the sheet being made (POI makes it inside the sheet's constructor). */
    private InMemory making;
    private DefinedNames names = new DefinedNames();

    StreamedWorkbook() {
        super(new XSSFWorkbook(), KEEP_ALL_ROWS, false, false);
    }

    private record Made(InMemory rows, XSSFSheet template) {
    }

    @Override
    public SXSSFSheet createSheet(String name) {
        SXSSFSheet sheet = super.createSheet(name);
        made.put(sheet, new Made(making, getXSSFWorkbook().getSheetAt(getNumberOfSheets() - 1)));
        return sheet;
    }

    /**
     * The sheet is complete: its rows are written out and compressed on this thread, and its buffers released. A
     * sheet that is not finished this way is finished when the workbook is written.
     */
    void finish(SXSSFSheet sheet) throws IOException {
        // POI works out a sheet's used range when the workbook is written, from the rows it still holds; a sheet
        // finished before holds none by then, and its range would read as A1, which readers that trust it (such as
        // a spreadsheet library reading row by row) take for a sheet of one cell.
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (Row row : sheet) {
            if (row.getFirstCellNum() >= 0) {
                left = Math.min(left, row.getFirstCellNum());
                right = Math.max(right, row.getLastCellNum() - 1);
            }
        }
        if (right >= 0) {
            of(sheet).template().setDimensionOverride(
                    new CellRangeAddress(sheet.getFirstRowNum(), sheet.getLastRowNum(), left, right));
        }
        sheet.flushRows();
        of(sheet).rows().compressed();
    }

    /**
     * Sets the widths of the sheet's first columns, in characters, each run of equal widths as one column range.
     * POI's {@code setColumnWidth} looks through every column set so far for each column it sets, which on bid
     * sheets of 59 columns was millions of lookups for a large tender; the ranges are what it writes, merged.
     */
    void columnWidths(Sheet sheet, int... characters) {
        CTWorksheet worksheet = of(sheet).template().getCTWorksheet();
        CTCols cols = worksheet.sizeOfColsArray() == 0 ? worksheet.addNewCols() : worksheet.getColsArray(0);
        if (cols.sizeOfColArray() > 0) {
            throw new IllegalStateException("the column widths of " + sheet.getSheetName() + " are set already");
        }
        for (int from = 0, to; from < characters.length; from = to + 1) {
            to = from;
            while (to + 1 < characters.length && characters[to + 1] == characters[from]) {
                to++;
            }
            CTCol col = cols.addNewCol();
            col.setMin(from + 1);
            col.setMax(to + 1);
            col.setWidth(characters[from]);
            col.setCustomWidth(true);
        }
    }

    private Made of(Sheet sheet) {
        Made m = made.get(sheet);
        if (m == null) {
            throw new IllegalStateException("sheet " + sheet.getSheetName() + " was not made by createSheet(name)");
        }
        return m;
    }

    /**
     * Writes the workbook, with {@code names} in its workbook part. POI reads its own template back through its
     * guard against zip bombs, which refuses more than 1,000 parts; a workbook with a sheet per bid has more for a
     * large tender, and the bytes are the report's own, so the guard is raised to this workbook's parts (one per
     * sheet and a few fixed ones) while it is written.
     */
    void writeTo(OutputStream out, DefinedNames names) throws IOException {
        synchronized (ZipSecureFile.class) {
            long guard = ZipSecureFile.getMaxFileCount();
            ZipSecureFile.setMaxFileCount(Math.max(guard, getNumberOfSheets() + FIXED_PARTS));
            try {
                this.names = names;
                writeAvoidingTempFiles(out);
            } finally {
                ZipSecureFile.setMaxFileCount(guard);
            }
        }
    }

    /**
     * Writes POI's template of the workbook with each sheet's rows put in place and the defined names in the
     * workbook part, through {@link StableZip}.
     */
    @Override
    protected void injectData(ZipEntrySource template, OutputStream out) throws IOException {
        Map<String, SXSSFSheet> sheets = new HashMap<>();
        for (int i = 0; i < getNumberOfSheets(); i++) {
            XSSFSheet part = getXSSFWorkbook().getSheetAt(i);
            sheets.put(part.getPackagePart().getPartName().getName().substring(1), getSheetAt(i));
        }
        List<StableZip.Entry> entries = new ArrayList<>();
        for (Enumeration<? extends ZipArchiveEntry> e = template.getEntries(); e.hasMoreElements(); ) {
            ZipArchiveEntry entry = e.nextElement();
            byte[] bytes;
            try (InputStream in = template.getInputStream(entry)) {
                if (in instanceof ZipArchiveThresholdInputStream guarded) {
                    guarded.setGuardState(false); // the template is the report's own, a few kilobytes a part
                }
                bytes = in.readAllBytes();
            }
            String name = entry.getName();
            SXSSFSheet sheet = sheets.get(name);
            if (sheet != null) {
                entries.add(withRows(name, bytes, of(sheet).rows().compressed()));
            } else if (name.equals(DefinedNames.WORKBOOK_PART)) {
                entries.add(new StableZip.Entry(name, () -> List.of(StableZip.piece(names.insertInto(bytes)))));
            } else {
                entries.add(StableZip.Entry.of(name, bytes));
            }
        }
        StableZip.write(entries, out);
    }

    /** A sheet's part: POI's template of it with the sheet's rows in place of its empty rows element. */
    private static StableZip.Entry withRows(String name, byte[] template, StableZip.Piece rows) {
        String xml = new String(template, StandardCharsets.UTF_8);
        int at = xml.indexOf(NO_ROWS);
        if (at < 0 || xml.indexOf(NO_ROWS, at + 1) >= 0) {
            throw new IllegalStateException(name + " does not have exactly one empty " + NO_ROWS);
        }
        byte[] before = (xml.substring(0, at) + "<sheetData>").getBytes(StandardCharsets.UTF_8);
        byte[] after = ("</sheetData>" + xml.substring(at + NO_ROWS.length())).getBytes(StandardCharsets.UTF_8);
        return new StableZip.Entry(name, () -> List.of(StableZip.piece(before), rows, StableZip.piece(after)));
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        making = new InMemory(new StableZip.PieceWriter());
        return making;
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
        /** Released when the sheet is closed: a workbook keeps every sheet's writer until it is written. */
        private char[] buffer = new char[SIZE];
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
            if (buffer != null) {
                drain();
                out.flush();
            }
        }

        /** Closes the stream below and releases the buffer; later calls do nothing. */
        @Override
        public void close() throws IOException {
            if (buffer != null) {
                flush();
                out.close();
                buffer = null;
            }
        }
    }

    /** A sheet's rows as UTF-8 XML, compressed as they are written. */
    private static final class InMemory extends SheetDataWriter {

        private final StableZip.PieceWriter compressed;

        private InMemory(StableZip.PieceWriter compressed) throws IOException {
            super(new CharBuffer(new OutputStreamWriter(compressed, StandardCharsets.UTF_8)));
            this.compressed = compressed;
        }

        /** The rows written, once the writer is closed (this closes it). */
        StableZip.Piece compressed() throws IOException {
            close();
            return compressed.piece();
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

        /**
         * The rows as XML, uncompressed again. The workbook itself joins each sheet's part from its compressed rows
         * ({@link #compressed()}); this serves POI's {@link SXSSFSheet#getWorksheetXMLInputStream()}.
         */
        @Override
        public InputStream getWorksheetXMLInputStream() throws IOException {
            return StableZip.inflated(compressed());
        }
    }
}
