package org.wteval.report;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;

/**
 * Writes the cells of {@code evaluation.xlsx} with one set of shared styles. Text is only ever written as a string
 * value, so nothing read from a bid or tender can become a formula; text that a spreadsheet program would read as
 * a formula when the cell is edited ({@code = + - @}, tab, CR first) is also marked quote-prefixed.
 */
final class XlsxCells {

    /** Shown where the engine's figure is undefined (NaN, e.g. a cost per unit of nothing). */
    static final String UNDEFINED = "undefined";

    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    /** Column letters of the columns a report sheet uses, computed once: a workbook writes millions of references. */
    private static final String[] COLUMNS = new String[256];

    static {
        for (int i = 0; i < COLUMNS.length; i++) {
            COLUMNS[i] = CellReference.convertNumToColString(i);
        }
    }

    private final StreamedWorkbook wb;
    /** Each style's quote-prefixed twin, made up front: bid sheets are written on several threads. */
    private final Map<CellStyle, CellStyle> quoted = new IdentityHashMap<>();
    private final Map<Sheet, Integer> sheetIndex = new ConcurrentHashMap<>();
    private final DefinedNames names = new DefinedNames();

    final CellStyle plain;
    final CellStyle bold;
    final CellStyle title;
    final CellStyle header;
    final CellStyle assumed;
    final CellStyle whole;
    final CellStyle wholeBold;
    final CellStyle decimal;
    final CellStyle decimalBold;
    final CellStyle percent;
    final CellStyle percentBold;
    final CellStyle year;
    /** An input a formula reads: change it and every figure that depends on it follows. */
    final CellStyle input;
    final CellStyle inputPercent;
    /** A yearly value the engine computed that no formula of the sheet reproduces (the sheet's note says why). */
    final CellStyle engineValue;

    XlsxCells(StreamedWorkbook wb) {
        this.wb = wb;
        Font boldFont = wb.createFont();
        boldFont.setBold(true);
        Font titleFont = wb.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        plain = wb.createCellStyle();
        bold = style(boldFont, null);
        title = style(titleFont, null);
        header = style(boldFont, null);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        // An assumed toolkit value is not yet checked against its source: it must stand out wherever it is listed.
        assumed = style(boldFont, null);
        assumed.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
        assumed.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        whole = style(null, "#,##0");
        wholeBold = style(boldFont, "#,##0");
        decimal = style(null, "#,##0.00");
        decimalBold = style(boldFont, "#,##0.00");
        percent = style(null, "0.000%");
        percentBold = style(boldFont, "0.000%");
        year = style(null, "0");
        // The convention of financial models: inputs on a pale yellow fill, everything else calculated.
        input = style(null, "#,##0.######");
        inputPercent = style(null, "0.000%");
        for (CellStyle s : new CellStyle[] {input, inputPercent}) {
            s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        Font italic = wb.createFont();
        italic.setItalic(true);
        engineValue = style(italic, "#,##0");
        engineValue.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        engineValue.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        for (CellStyle s : new CellStyle[] {plain, bold, title, header, assumed, whole, wholeBold, decimal,
            decimalBold, percent, percentBold, year, input, inputPercent, engineValue}) {
            CellStyle q = wb.createCellStyle();
            q.cloneStyleFrom(s);
            q.setQuotePrefixed(true);
            quoted.put(s, q);
        }
    }

    private CellStyle style(Font font, String format) {
        CellStyle s = wb.createCellStyle();
        if (font != null) {
            s.setFont(font);
        }
        if (format != null) {
            s.setDataFormat(wb.createDataFormat().getFormat(format));
        }
        return s;
    }

    static Row row(Sheet sheet, int index) {
        Row r = sheet.getRow(index);
        return r != null ? r : sheet.createRow(index);
    }

    void text(Row row, int col, String value) {
        text(row, col, value, plain);
    }

    /** A string cell, cut to the most a cell holds; {@code null} leaves the cell empty. */
    void text(Row row, int col, String value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell c = row.createCell(col);
        c.setCellValue(value.length() <= MAX_TEXT ? value : value.substring(0, MAX_TEXT - 1) + "…");
        c.setCellStyle(readAsFormula(value) ? quoted(style) : style);
    }

    /** A number, or {@link #UNDEFINED} for NaN and infinities, which a spreadsheet cannot hold. */
    void number(Row row, int col, double value, CellStyle style) {
        if (!Double.isFinite(value)) {
            text(row, col, UNDEFINED, style);
            return;
        }
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    /**
     * A formula written by the report itself, never with text from the inputs, and the engine's value as its cached
     * result: viewers that do not calculate show it, spreadsheet programs recalculate on opening, and nothing is
     * evaluated while the file is written.
     *
     * @param cached the engine's value of the formula; an undefined one (NaN) is cached as the error #NUM!, an
     *     infinite one as #DIV/0!
     */
    void formula(Row row, int col, String formula, double cached, CellStyle style) {
        // A streaming cell stores the formula's text unparsed (POI's parser looks every defined name up by a scan of
        // all names, which made a workbook of many bid sheets quadratic). The formulas are the report's own, and the
        // tests recalculate every one of them from the file. An undefined value is cached as the error #NUM!.
        Cell c = row.createCell(col);
        c.setCellFormula(formula);
        c.setCellValue(cached);
        c.setCellStyle(style);
    }

    /** Names a block of cells for the formulas of its own sheet, e.g. {@code NPV(discountRateReal, capexReal)}. */
    void name(Sheet sheet, String name, int firstRow, int firstCol, int lastRow, int lastCol) {
        names.add(sheetIndex.computeIfAbsent(sheet, wb::getSheetIndex), name,
                reference(sheet, firstRow, firstCol, lastRow, lastCol));
    }

    /** An absolute reference with its sheet, e.g. {@code 'Bid B1'!$C$5:$C$34}. */
    static String reference(Sheet sheet, int firstRow, int firstCol, int lastRow, int lastCol) {
        CellReference first = new CellReference(sheet.getSheetName(), firstRow, firstCol, true, true);
        CellReference last = new CellReference(sheet.getSheetName(), lastRow, lastCol, true, true);
        return first.equals(last) ? first.formatAsString()
                : new AreaReference(first, last, SpreadsheetVersion.EXCEL2007).formatAsString();
    }

    /** A cell of the same sheet by column and row, relative, e.g. {@code D12}. */
    static String cell(int row, int col) {
        return column(col) + (row + 1);
    }

    /** The letters of column {@code col} (0-based), e.g. {@code AB}; the first columns' from a table. */
    static String column(int col) {
        return col < COLUMNS.length ? COLUMNS[col] : CellReference.convertNumToColString(col);
    }

    /** Names a block of cells for the formulas of every sheet, e.g. an input of the tender. */
    void nameForWorkbook(Sheet sheet, String name, int firstRow, int firstCol, int lastRow, int lastCol) {
        names.add(DefinedNames.WORKBOOK, name, reference(sheet, firstRow, firstCol, lastRow, lastCol));
    }

    /**
     * Prints the sheet on A4, each page as wide as the sheet's columns ({@code landscape} for wide sheets), the rows
     * {@code titleFirst..titleLast} and the columns up to {@code titleColumns} repeated on every page, over the print
     * area up to {@code lastRow} and {@code lastCol}. The print names are added with the report's other names.
     *
     * @param titleColumns how many columns to repeat on the left; 0 for none
     */
    void print(Sheet sheet, boolean landscape, int titleFirst, int titleLast, int titleColumns, int lastRow,
               int lastCol) {
        var setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(landscape);
        sheet.setFitToPage(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        int index = sheetIndex.computeIfAbsent(sheet, wb::getSheetIndex);
        String quoted = "'" + sheet.getSheetName().replace("'", "''") + "'!";
        String titles = (titleColumns > 0 ? quoted + "$A:$" + CellReference.convertNumToColString(titleColumns - 1)
                + "," : "") + quoted + "$" + (titleFirst + 1) + ":$" + (titleLast + 1);
        names.add(index, "_xlnm.Print_Titles", titles);
        names.add(index, "_xlnm.Print_Area", reference(sheet, 0, 0, lastRow, lastCol));
    }

    /** The names given so far, to be written into the saved workbook. */
    DefinedNames names() {
        return names;
    }

    /** Names one cell, e.g. a rate or a figure that later formulas use. */
    void name(Sheet sheet, String name, int row, int col) {
        name(sheet, name, row, col, row, col);
    }

    /** Sets the widths of the sheet's first columns, in characters; once per sheet. */
    void widths(Sheet sheet, int... characters) {
        wb.columnWidths(sheet, characters);
    }

    private static boolean readAsFormula(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0;
    }

    private CellStyle quoted(CellStyle style) {
        CellStyle q = quoted.get(style);
        if (q == null) {
            throw new IllegalStateException("a text cell's style is not one of the report's styles");
        }
        return q;
    }
}
