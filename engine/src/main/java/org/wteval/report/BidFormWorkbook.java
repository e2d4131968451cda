package org.wteval.report;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.wteval.io.BidForm;
import org.wteval.io.FieldRule;
import org.wteval.model.Param;
import org.wteval.model.Tender;
import org.wteval.model.Toolkit;

/**
 * Renders {@code bid-form.xlsx}, the Excel form a tender's bidders fill ({@link BidForm} lays out its cells): an
 * {@code Instructions} sheet, the bid's sheets with locked labels and unlocked, yellow input cells each with the data
 * validation the bid schema implies, and the lists behind the drop-downs on a hidden sheet under defined names. Every
 * sheet and the workbook's structure are protected without a password: the protection keeps labels from being
 * changed by mistake, not from a determined user (an Excel sheet password is removed in seconds), and the reader
 * checks every cell again whatever the protection. A filled form carries a bid's values in its input cells, numbers
 * as their shortest decimal that reads back to the same double, text always as text. Nothing depends on time: the
 * same inputs give the same bytes.
 */
public final class BidFormWorkbook {

    public static final String FILE = "bid-form.xlsx";

    /** Excel's limits on a validation message's title and text. */
    private static final int MAX_ERROR_TITLE = 32;
    private static final int MAX_ERROR_TEXT = 255;

    private static final int[] WIDTHS = {34, 24, 22, 70, 26, 46, 44};

    private BidFormWorkbook() {
    }

    /**
     * @param toolkit the tender's toolkit, whose emission limits are shown beside the guarantees
     * @param values a filled form's values by input cell ({@link BidForm#valuesOf}); empty for a blank form
     */
    public static byte[] render(BidForm form, Toolkit toolkit, Map<BidForm.Input, Object> values,
                                String engineVersion) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            instructions(wb.createSheet(BidForm.INSTRUCTIONS_SHEET), styles, form, toolkit);
            for (BidForm.Sheet sheet : form.sheets()) {
                XSSFSheet s = wb.createSheet(sheet.name());
                labels(s, styles, sheet.labels());
                references(s, styles, sheet, toolkit);
                inputs(s, styles, sheet.inputs(), values);
                layout(s);
            }
            lists(wb, styles, form.lists());
            wb.lockStructure();
            var core = wb.getProperties().getCoreProperties();
            core.setCreated(Optional.empty());
            core.setCreator("wte-eval " + engineVersion);
            core.setTitle("Bid form: " + form.tender().id());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return StableZip.rewrite(out.toByteArray());
        } catch (IOException ex) {
            throw new UncheckedIOException("writing a workbook in memory failed", ex);
        }
    }

    private static void instructions(XSSFSheet s, Styles styles, BidForm form, Toolkit toolkit) {
        Tender t = form.tender();
        List<String> sheets = form.sheets().stream().map(BidForm.Sheet::name).toList();
        String[] lines = {
            "Bid form for tender " + t.id() + ": " + t.title(),
            "Country toolkit: " + toolkit.label() + " (" + toolkit.chain() + "). Base year " + t.baseYear()
                    + ": money is at " + t.baseYear() + " prices unless a field says otherwise.",
            "",
            "What to fill",
            "Fill the yellow cells of the sheets " + String.join(", ", sheets) + ". Every other cell is locked. Beside "
                    + "each cell: its unit, its meaning, whether it is required, and its field path (the name the "
                    + "evaluation uses in its messages).",
            "Money is in the currency you choose on the " + BidForm.BID_SHEET + " sheet (" + String.join(", ",
                    form.lists().stream().filter(c -> c.name().equals("list_currency")).findFirst()
                            .map(BidForm.Choices::values).orElse(List.of())) + "); a fraction is a decimal "
                    + "(26% as 0.26).",
            "Type values, not formulas: a cell holding a formula is refused when the form is read. Numbers without "
                    + "units or thousands separators.",
            "Lists: choose from the drop-down (currencies, lots, fuels, yes/no).",
            "",
            "Repeating items",
            "Tables (the construction schedule, reference plants, replacements, related lots) take one row per "
                    + "item, filled from the top with no empty row between. Each table has a fixed number of rows, "
                    + "its maximum, stated above it.",
            "Construction schedule: one share of the capex per construction year; the tender has "
                    + t.contract().constructionYears() + " construction year(s) and " + t.contract().operationYears()
                    + " operating years, and the shares sum to 1.",
            "Optional blocks (support fuel, escalation, financing, JCM): leave all their cells empty if they do not "
                    + "apply; once one is filled, the block's required cells must be filled too.",
            "",
            "Keep the form whole",
            "The sheets are protected without a password so that labels are not changed by mistake. Do not insert, "
                    + "delete or move rows or columns, and do not rename or delete sheets.",
            "Pasting into a cell removes its check: paste values only (Paste Special > Values). When the form is "
                    + "read, every cell is checked again and every problem is listed with its sheet and cell.",
            "Return the form as an Excel workbook (.xlsx), without macros and without links to other workbooks.",
            "",
            "Questions",
            "Ask the procuring authority of tender " + t.id() + " through the clarification procedure of the bidding "
                    + "documents; do not change the form.",
        };
        for (int i = 0; i < lines.length; i++) {
            XSSFCell c = s.createRow(i).createCell(0);
            c.setCellValue(lines[i]);
            boolean heading = i == 0 || (i > 0 && lines[i - 1].isEmpty());
            c.setCellStyle(i == 0 ? styles.title : heading ? styles.heading : styles.plain);
        }
        s.setColumnWidth(0, 160 * 256);
        protect(s);
    }

    private static void labels(XSSFSheet s, Styles styles, List<BidForm.Label> labels) {
        for (BidForm.Label l : labels) {
            XSSFCell c = cell(s, l.row(), l.column());
            c.setCellValue(l.text());
            c.setCellStyle(switch (l.style()) {
                case TITLE -> styles.title;
                case NOTE -> styles.note;
                case HEADING -> styles.heading;
                case HEADER -> styles.header;
                case KEY -> styles.plain;
                case TEXT -> styles.wrapped;
            });
        }
    }

    /** The toolkit's limit beside each emission guarantee, so that a bidder sees the gate it is judged at. */
    private static void references(XSSFSheet s, Styles styles, BidForm.Sheet sheet, Toolkit toolkit) {
        String prefix = "plant.emissionGuarantees.";
        boolean any = false;
        for (BidForm.Input in : sheet.inputs()) {
            String key = "emissions.limits." + in.path().substring(Math.min(in.path().length(), prefix.length()));
            if (in.path().startsWith(prefix) && toolkit.has(key)) {
                Param p = toolkit.param(key);
                XSSFCell c = cell(s, in.row(), BidForm.REFERENCE);
                String value = p.numeric() ? new BigDecimal(Double.toString(p.number())).stripTrailingZeros()
                        .toPlainString() : p.text();
                c.setCellValue("limit " + value + " " + p.unit() + " (toolkit " + toolkit.id() + ", " + p.status()
                        + ")");
                c.setCellStyle(styles.wrapped);
                any = true;
            }
        }
        if (any) {
            for (BidForm.Label l : sheet.labels()) {
                if (l.style() == BidForm.Style.HEADER && l.column() == BidForm.PATH && l.text().equals("Field path")) {
                    XSSFCell c = cell(s, l.row(), BidForm.REFERENCE);
                    c.setCellValue("Toolkit reference");
                    c.setCellStyle(styles.header);
                }
            }
        }
    }

    private static void inputs(XSSFSheet s, Styles styles, List<BidForm.Input> inputs,
                               Map<BidForm.Input, Object> values) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(s);
        for (BidForm.Input in : inputs) {
            XSSFCell c = cell(s, in.row(), in.column());
            boolean number = in.rule().kind() == FieldRule.Kind.NUMBER || in.rule().kind() == FieldRule.Kind.WHOLE;
            c.setCellStyle(number ? styles.numberInput : styles.textInput);
            Object v = values.get(in);
            if (v instanceof Double d) {
                c.setCellValue(d);
                // Java 17 writes some doubles with more digits than needed; the shortest that reads back is used.
                c.getCTCell().setV(NumberOutput.toString(d, true));
            } else if (v instanceof Integer i) {
                c.setCellValue(i);
            } else if (v instanceof String str) {
                // Always a text cell, whatever it begins with (=, +, -, @): bid text is never a formula.
                c.setCellValue(str);
            }
            BidForm.Validation check = in.validation();
            if (check != null) {
                s.addValidationData(validation(helper, in, check));
            }
        }
        protect(s);
    }

    private static DataValidation validation(XSSFDataValidationHelper helper, BidForm.Input in,
                                             BidForm.Validation v) {
        DataValidationConstraint constraint = switch (v.type()) {
            case ValidationType.LIST -> helper.createFormulaListConstraint(v.formula1());
            case ValidationType.FORMULA -> helper.createCustomConstraint(v.formula1());
            default -> helper.createNumericConstraint(v.type(), v.operator(), v.formula1(), v.formula2());
        };
        DataValidation dv = helper.createValidation(constraint,
                new CellRangeAddressList(in.row(), in.row(), in.column(), in.column()));
        dv.setEmptyCellAllowed(true);
        dv.setShowErrorBox(true);
        dv.setErrorStyle(DataValidation.ErrorStyle.STOP);
        String key = in.path().substring(in.path().lastIndexOf('.') + 1);
        dv.createErrorBox(clip(key, MAX_ERROR_TITLE), clip(in.path() + " takes " + in.rule().describe() + ".",
                MAX_ERROR_TEXT));
        if (v.type() == ValidationType.LIST) {
            // POI inverts this flag for lists: true writes showDropDown="0", which shows the arrow.
            dv.setSuppressDropDownArrow(true);
        }
        return dv;
    }

    /** The lists behind the drop-downs, one column each, on a hidden sheet, each under its defined name. */
    private static void lists(XSSFWorkbook wb, Styles styles, List<BidForm.Choices> lists) {
        XSSFSheet s = wb.createSheet(BidForm.LISTS_SHEET);
        for (int col = 0; col < lists.size(); col++) {
            BidForm.Choices list = lists.get(col);
            XSSFCell head = cell(s, 0, col);
            head.setCellValue(list.name());
            head.setCellStyle(styles.header);
            for (int i = 0; i < list.values().size(); i++) {
                cell(s, i + 1, col).setCellValue(list.values().get(i));
            }
            String column = CellReference.convertNumToColString(col);
            Name name = wb.createName();
            name.setNameName(list.name());
            name.setRefersToFormula(BidForm.LISTS_SHEET + "!$" + column + "$2:$" + column + "$"
                    + (list.values().size() + 1));
            s.setColumnWidth(col, 24 * 256);
        }
        protect(s);
        wb.setSheetVisibility(wb.getSheetIndex(s), SheetVisibility.HIDDEN);
    }

    private static void layout(XSSFSheet s) {
        for (int c = 0; c < WIDTHS.length; c++) {
            s.setColumnWidth(c, WIDTHS[c] * 256);
        }
    }

    /** Locked cells stay locked; cells may still be selected and copied, and columns widened. */
    private static void protect(XSSFSheet s) {
        s.enableLocking();
        s.lockSelectLockedCells(false);
        s.lockSelectUnlockedCells(false);
        s.lockFormatColumns(false);
        s.lockFormatRows(false);
    }

    private static XSSFCell cell(XSSFSheet s, int row, int column) {
        XSSFRow r = s.getRow(row) != null ? s.getRow(row) : s.createRow(row);
        return r.getCell(column) != null ? r.getCell(column) : r.createCell(column);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** The form's few cell styles. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle note;
        final CellStyle heading;
        final CellStyle header;
        final CellStyle plain;
        final CellStyle wrapped;
        final CellStyle textInput;
        final CellStyle numberInput;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font italic = wb.createFont();
            italic.setItalic(true);
            title = wb.createCellStyle();
            title.setFont(big);
            note = wb.createCellStyle();
            note.setFont(italic);
            heading = wb.createCellStyle();
            heading.setFont(bold);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            plain = wb.createCellStyle();
            plain.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = wb.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            numberInput = input(wb);
            textInput = input(wb);
            // Typed into a Text cell, "=1+1" or "+44 20" stays the text it is.
            textInput.setDataFormat(wb.createDataFormat().getFormat("@"));
        }

        private static CellStyle input(XSSFWorkbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setLocked(false);
            s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        }
    }
}
