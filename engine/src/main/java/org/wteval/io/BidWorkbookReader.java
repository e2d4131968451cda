package org.wteval.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.wteval.model.InputProblem;

/**
 * Reads a filled bid form ({@code bids/*.xlsx}, written by {@code wte form}) into the same tree a YAML bid gives, so
 * that it is bound to the same {@link org.wteval.model.Bid}. Nothing a cell holds is trusted: pasting into a cell
 * bypasses Excel's validation or removes it, so every input cell is checked again against the bid schema (through
 * {@link BidForm}): a formula instead of a typed value, text in a number cell, a value out of its range or not in
 * its list, a required cell left empty, a missing sheet, a moved layout, and a data validation that is gone or
 * changed. Each problem names {@code Sheet!Cell (field)}, the field as the YAML reader would name it, and all are
 * reported at once.
 *
 * <p>A workbook is a zip of XML parts, so before POI opens it the parts are counted and unpacked with a bound on
 * their total size ({@link InputLimits}), on top of POI's own guard against zip bombs (its least compression ratio);
 * links to other workbooks and macros are refused. Text is read as text and never evaluated; a formula's cached
 * value is never used.
 */
public final class BidWorkbookReader {

    private static final int MAX_SHOWN = 60;

    private BidWorkbookReader() {
    }

    /** The bid's tree, checked against the bid schema, or {@code null} after recording every problem. */
    public static JsonNode read(byte[] content, String file, BidForm form, List<InputProblem> problems) {
        if (!scan(content, file, problems)) {
            return null;
        }
        XSSFWorkbook wb;
        try {
            wb = new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            problems.add(new InputProblem(file, "", "is not a readable Excel workbook (.xlsx): " + e.getMessage()));
            return null;
        }
        try (wb) {
            return new Cells(file, form, problems).read(wb);
        } catch (IOException closing) {
            return null;
        }
    }

    /**
     * Walks the zip once: at most {@link InputLimits#MAX_WORKBOOK_PARTS} parts and
     * {@link InputLimits#MAX_WORKBOOK_UNPACKED_BYTES} unpacked, no link to another workbook, no macros.
     */
    private static boolean scan(byte[] content, String file, List<InputProblem> problems) {
        int before = problems.size();
        int parts = 0;
        long unpacked = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (++parts > InputLimits.MAX_WORKBOOK_PARTS) {
                    problems.add(new InputProblem(file, "", String.format(Locale.ROOT, "holds more than %,d parts; "
                            + "a bid form holds about 20", InputLimits.MAX_WORKBOOK_PARTS)));
                    return false;
                }
                String name = e.getName().toLowerCase(Locale.ROOT);
                if (name.startsWith("xl/externallinks/")) {
                    problems.add(new InputProblem(file, "", "links to another workbook (" + e.getName() + "); a bid "
                            + "form holds its own typed values only: remove the link (Data > Edit Links > Break Link)"));
                } else if (name.endsWith("vbaproject.bin")) {
                    problems.add(new InputProblem(file, "", "holds macros, which a bid form never needs: save it as "
                            + "an Excel workbook (.xlsx) without macros"));
                }
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    unpacked += n;
                    if (unpacked > InputLimits.MAX_WORKBOOK_UNPACKED_BYTES) {
                        problems.add(new InputProblem(file, "", String.format(Locale.ROOT, "unpacks to more than %,d "
                                + "bytes; a bid form unpacks to about 110,000",
                                InputLimits.MAX_WORKBOOK_UNPACKED_BYTES)));
                        return false;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new InputProblem(file, "", "is not an Excel workbook (.xlsx): " + e.getMessage()));
            return false;
        }
        if (parts == 0) {
            problems.add(new InputProblem(file, "", "is not an Excel workbook (.xlsx): save the bid form as .xlsx"));
            return false;
        }
        return problems.size() == before;
    }

    /** One workbook's input cells read against the form. */
    private static final class Cells {
        private final String file;
        private final BidForm form;
        private final List<InputProblem> problems;
        private final int before;
        /** Every input that holds anything, valid or not: it makes its containers used. */
        private final Set<String> filled = new HashSet<>();
        private final Map<BidForm.Input, Object> values = new LinkedHashMap<>();
        private final Set<String> unread = new HashSet<>();

        Cells(String file, BidForm form, List<InputProblem> problems) {
            this.file = file;
            this.form = form;
            this.problems = problems;
            this.before = problems.size();
        }

        JsonNode read(XSSFWorkbook wb) {
            for (BidForm.Sheet sheet : form.sheets()) {
                XSSFSheet s = wb.getSheet(sheet.name());
                if (s == null) {
                    problems.add(new InputProblem(file, sheet.name() + (sheet.path().isEmpty() ? "" : " (" + sheet.path()
                            + ")"), "the sheet " + sheet.name() + " is missing: fill a fresh form (wte form) and keep "
                            + "its sheets"));
                    sheet.inputs().forEach(in -> unread.add(in.path()));
                    continue;
                }
                if (!layoutKept(s, sheet)) {
                    sheet.inputs().forEach(in -> unread.add(in.path()));
                    continue;
                }
                Map<Long, XSSFDataValidation> validations = validations(s, sheet);
                for (BidForm.Input in : sheet.inputs()) {
                    readCell(s, in);
                    checkValidation(in, validations.get(key(in.row(), in.column())));
                }
            }
            Set<String> used = new HashSet<>();
            for (BidForm.Input in : form.inputs()) {
                if (filled.contains(in.path())) {
                    used.addAll(in.conditions());
                }
            }
            for (BidForm.Input in : form.inputs()) {
                if (in.required() && !filled.contains(in.path()) && !unread.contains(in.path())
                        && used.containsAll(in.conditions())) {
                    add(in, "missing: " + in.rule().describe() + " is required here");
                }
            }
            for (BidForm.Table t : form.tables()) {
                checkRows(t, used);
            }
            if (problems.size() > before) {
                return null;
            }
            ObjectNode tree = tree();
            List<InputProblem> schema = new ArrayList<>();
            Schemas.check(Schemas.BID, tree, file, schema);
            for (InputProblem p : schema) {
                problems.add(new InputProblem(file, form.locate(p.path()), p.message()));
            }
            return problems.size() > before ? null : tree;
        }

        /** The field keys and table headers are where the form put them; otherwise no cell can be trusted. */
        private boolean layoutKept(XSSFSheet s, BidForm.Sheet sheet) {
            for (BidForm.Label l : sheet.labels()) {
                if (l.style() != BidForm.Style.KEY && l.style() != BidForm.Style.HEADING
                        && l.style() != BidForm.Style.HEADER) {
                    continue;
                }
                String found = text(s, l.row(), l.column());
                if (!l.text().equals(found)) {
                    String at = sheet.name() + "!" + new CellReference(l.row(), l.column()).formatAsString();
                    problems.add(new InputProblem(file, at, "should read '" + l.text() + "' but reads '"
                            + clip(found) + "': rows or columns of this sheet were inserted, deleted or moved, so "
                            + "none of its cells is read; fill a fresh form (wte form) with Paste Special > Values"));
                    return false;
                }
            }
            return true;
        }

        private static String text(XSSFSheet s, int row, int column) {
            try {
                Row r = s.getRow(row);
                Cell c = r == null ? null : r.getCell(column);
                return c == null ? "" : c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        ? c.getStringCellValue() : c.toString();
            } catch (RuntimeException unreadable) {
                return "";
            }
        }

        private void readCell(XSSFSheet s, BidForm.Input in) {
            try {
                Row r = s.getRow(in.row());
                XSSFCell c = r == null ? null : (XSSFCell) r.getCell(in.column());
                Object v = c == null ? null : value(c, in);
                if (v != null) {
                    values.put(in, v);
                }
            } catch (RuntimeException unreadable) {
                filled.add(in.path());
                add(in, "cannot be read: " + unreadable.getMessage());
            }
        }

        /** The cell's value, or {@code null} when it is empty or after recording why it is not one. */
        private Object value(XSSFCell c, BidForm.Input in) {
            FieldRule rule = in.rule();
            switch (c.getCellType()) {
                case BLANK:
                    return null;
                case FORMULA:
                    filled.add(in.path());
                    add(in, "holds a formula (=" + clip(c.getCellFormula()) + "); a bid form takes typed values "
                            + "only: type the value itself");
                    return null;
                case ERROR:
                    filled.add(in.path());
                    add(in, "holds the error " + c.getErrorCellString() + ", not " + rule.describe());
                    return null;
                case BOOLEAN:
                    filled.add(in.path());
                    add(in, "holds " + (c.getBooleanCellValue() ? "TRUE" : "FALSE") + ", not " + rule.describe());
                    return null;
                case NUMERIC:
                    filled.add(in.path());
                    return number(c.getNumericCellValue(), in);
                case STRING:
                    String text = c.getStringCellValue();
                    if (text.isEmpty()) {
                        return null;
                    }
                    filled.add(in.path());
                    return text(text, in);
                default:
                    filled.add(in.path());
                    add(in, "cannot be read");
                    return null;
            }
        }

        private Object number(double v, BidForm.Input in) {
            FieldRule rule = in.rule();
            if (rule.kind() != FieldRule.Kind.NUMBER && rule.kind() != FieldRule.Kind.WHOLE) {
                add(in, "holds the number " + FieldRule.plain(v) + ", not " + rule.describe()
                        + (rule.kind() == FieldRule.Kind.TEXT ? ": format the cell as Text and type it again" : ""));
                return null;
            }
            if (rule.kind() == FieldRule.Kind.WHOLE && (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE)) {
                add(in, "is " + FieldRule.plain(v) + ", not " + rule.describe());
                return null;
            }
            if (!rule.admits(v)) {
                add(in, "is " + FieldRule.plain(v) + "; must be " + rule.describe());
                return null;
            }
            return rule.kind() == FieldRule.Kind.WHOLE ? (Object) (int) v : (Object) v;
        }

        private Object text(String text, BidForm.Input in) {
            FieldRule rule = in.rule();
            switch (rule.kind()) {
                case NUMBER, WHOLE -> {
                    add(in, "holds the text '" + clip(text) + "', not " + rule.describe() + ": type the number "
                            + "alone, without units or thousands separators, in a cell not formatted as Text");
                    return null;
                }
                case CHOICE, YES_NO -> {
                    if (!rule.choices().contains(text)) {
                        add(in, "'" + clip(text) + "' is not in its list: choose " + rule.describe());
                        return null;
                    }
                    if (rule.kind() == FieldRule.Kind.YES_NO) {
                        return text.equals("yes");
                    }
                    if (!rule.matches(text)) {
                        add(in, "'" + clip(text) + "' does not match " + rule.pattern());
                        return null;
                    }
                    return text;
                }
                default -> {
                    if (text.length() < rule.minLength()) {
                        add(in, "must hold at least " + rule.minLength() + " characters");
                        return null;
                    }
                    if (!rule.matches(text)) {
                        add(in, "'" + clip(text) + "' is not " + rule.describe());
                        return null;
                    }
                    return text;
                }
            }
        }

        /** The sheet's validations by the input cells they cover (only the form's cells are looked at). */
        private Map<Long, XSSFDataValidation> validations(XSSFSheet s, BidForm.Sheet sheet) {
            int lastRow = 0;
            int lastColumn = 0;
            for (BidForm.Input in : sheet.inputs()) {
                lastRow = Math.max(lastRow, in.row());
                lastColumn = Math.max(lastColumn, in.column());
            }
            Map<Long, XSSFDataValidation> byCell = new HashMap<>();
            try {
                for (XSSFDataValidation v : s.getDataValidations()) {
                    for (CellRangeAddress r : v.getRegions().getCellRangeAddresses()) {
                        for (int row = r.getFirstRow(); row <= Math.min(r.getLastRow(), lastRow); row++) {
                            for (int col = r.getFirstColumn(); col <= Math.min(r.getLastColumn(), lastColumn); col++) {
                                byCell.putIfAbsent(key(row, col), v);
                            }
                        }
                    }
                }
            } catch (RuntimeException unreadable) {
                problems.add(new InputProblem(file, sheet.name(), "its data validations cannot be read: "
                        + unreadable.getMessage()));
            }
            return byCell;
        }

        private static long key(int row, int column) {
            return ((long) row << 16) | column;
        }

        /** The cell still has the validation the form gave it: pasting replaces a cell's validation with none. */
        private void checkValidation(BidForm.Input in, XSSFDataValidation found) {
            BidForm.Validation expected = in.validation();
            if (expected == null) {
                return;
            }
            if (found == null) {
                add(in, "its data validation (" + in.rule().describe() + ") is gone, as pasting into a cell removes "
                        + "it: copy the values into a fresh form (wte form) with Paste Special > Values");
                return;
            }
            var c = found.getValidationConstraint();
            boolean same = c.getValidationType() == expected.type()
                    && (expected.type() == ValidationType.LIST || expected.type() == ValidationType.FORMULA
                        || c.getOperator() == expected.operator())
                    && sameFormula(c.getFormula1(), expected.formula1())
                    // A one-operand check has no second formula; LibreOffice saves one anyway (0), so it is not read.
                    && (expected.formula2() == null || sameFormula(c.getFormula2(), expected.formula2()));
            if (!same) {
                add(in, "its data validation was changed (the form checks " + in.rule().describe() + "): copy the "
                        + "values into a fresh form (wte form) with Paste Special > Values");
            }
        }

        /** Formulas as a spreadsheet may rewrite them: a leading {@code =}, {@code $}, spaces, case, 0.60 for 0.6. */
        private static boolean sameFormula(String found, String expected) {
            if (expected == null) {
                return found == null || found.isBlank();
            }
            if (found == null) {
                return false;
            }
            String f = found.replaceFirst("^=", "").replace("$", "").replace(" ", "");
            try {
                return Double.parseDouble(f) == Double.parseDouble(expected);
            } catch (NumberFormatException notNumbers) {
                return f.equalsIgnoreCase(expected);
            }
        }

        /** A table's used rows come first, with none empty between, and at least as many as it needs. */
        private void checkRows(BidForm.Table t, Set<String> used) {
            List<BidForm.Input> firstCells = new ArrayList<>();
            int last = -1;
            for (int i = 0; i < t.rows(); i++) {
                String row = t.path() + "[" + i + "]";
                BidForm.Input first = firstOfRow(t, i);
                firstCells.add(first);
                if (used.contains(row)) {
                    last = i;
                }
            }
            for (int i = 0; i < last; i++) {
                String row = t.path() + "[" + i + "]";
                if (!used.contains(row) && !unread.contains(firstCells.get(i).path())) {
                    add(firstCells.get(i), "row " + (i + 1) + " of " + t.path() + " is empty but a row below it is "
                            + "filled: fill the rows from the top, with no empty row between");
                }
            }
            if (last + 1 < t.minItems() && used.containsAll(t.conditions()) && !firstCells.isEmpty()
                    && !unread.contains(firstCells.get(0).path())) {
                add(firstCells.get(0), "missing: " + t.path() + " needs at least " + t.minItems() + " row"
                        + (t.minItems() == 1 ? "" : "s"));
            }
        }

        private BidForm.Input firstOfRow(BidForm.Table t, int i) {
            String row = t.path() + "[" + i + "]";
            for (BidForm.Input in : form.inputs()) {
                if (in.path().equals(row) || in.path().startsWith(row + ".")) {
                    return in;
                }
            }
            throw new IllegalStateException("table " + t.path() + " has no row " + i);
        }

        /** The bid's tree: every value at its path, and every required object whose container is in the bid. */
        private ObjectNode tree() {
            JsonNodeFactory f = JsonNodeFactory.instance;
            ObjectNode root = f.objectNode();
            for (Map.Entry<BidForm.Input, Object> e : values.entrySet()) {
                List<Object> segments = e.getKey().segments();
                JsonNode parent = root;
                for (int i = 0; i < segments.size() - 1; i++) {
                    parent = child(parent, segments.get(i), segments.get(i + 1) instanceof Integer);
                }
                Object v = e.getValue();
                JsonNode value = v instanceof Double d ? f.numberNode(d) : v instanceof Integer n ? f.numberNode(n)
                        : v instanceof Boolean b ? f.booleanNode(b) : f.textNode((String) v);
                Object last = segments.get(segments.size() - 1);
                if (last instanceof Integer) {
                    ((ArrayNode) parent).add(value);
                } else {
                    ((ObjectNode) parent).set((String) last, value);
                }
            }
            for (List<Object> object : form.requiredObjects()) {
                JsonNode parent = root;
                for (int i = 0; i < object.size() - 1 && parent != null; i++) {
                    parent = parent.get((String) object.get(i));
                }
                String name = (String) object.get(object.size() - 1);
                if (parent instanceof ObjectNode o && !o.has(name)) {
                    o.putObject(name);
                }
            }
            return root;
        }

        /** The child at {@code segment}, made when absent: table rows are read top down, so a new one is last. */
        private static JsonNode child(JsonNode parent, Object segment, boolean array) {
            JsonNode c = segment instanceof Integer i ? parent.get(i) : parent.get((String) segment);
            if (c != null) {
                return c;
            }
            JsonNode made = array ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.objectNode();
            if (parent instanceof ArrayNode a) {
                a.add(made);
            } else {
                ((ObjectNode) parent).set((String) segment, made);
            }
            return made;
        }

        private void add(BidForm.Input in, String message) {
            problems.add(new InputProblem(file, in.where(), message));
        }

        private static String clip(String s) {
            return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "…";
        }
    }
}
