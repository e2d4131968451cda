package org.wteval.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.util.CellReference;
import org.wteval.model.Bid;
import org.wteval.model.InputProblem;
import org.wteval.model.Tender;

/**
 * The Excel bid form of one tender, cell by cell, laid out from the bid schema: a sheet for the bid's own fields
 * ({@code Bid}) and one for each object of the schema's top level ({@code Plant}, {@code Finance}, {@code JCM}), each
 * field a row with its value cell, unit, meaning, whether it is required and its field path; a nested object a block
 * under its heading; an array a table of a fixed number of rows (the schema's {@code maxItems}, or the tender's lots).
 * Lists (an {@code enum}, the tender's currencies and lots, yes/no) are kept on a hidden sheet, each under a defined
 * name. The form writer paints this layout and the workbook reader reads the same cells back, so the two cannot
 * disagree about where a field is.
 *
 * <p>Which fields appear depends on the tender: the lot fields only in a tender with lots, the currencies the tender
 * has rates for. The schema's keywords the form cannot check would be lost in silence, so an unknown one stops the
 * layout.
 */
public final class BidForm {

    public static final String INSTRUCTIONS_SHEET = "Instructions";
    public static final String BID_SHEET = "Bid";
    public static final String LISTS_SHEET = "Lists";

    /** Columns of a field row: key, value, unit, meaning, required, field path, toolkit reference. */
    public static final int KEY = 0;
    public static final int VALUE = 1;
    public static final int UNIT = 2;
    public static final int MEANING = 3;
    public static final int REQUIRED = 4;
    public static final int PATH = 5;
    public static final int REFERENCE = 6;

    /** The fields of a tender divided into lots (OCDS lots extension), laid out only when the tender has lots. */
    private static final Set<String> LOT_FIELDS = Set.of("relatedLots", "relatedLotGroup", "buildCapacityTonnesPerDay");

    /** Keywords the form reads (the rest of {@link #CHECKED}) or that carry no check. */
    private static final Set<String> ANNOTATIONS = Set.of("title", "description", "unit", "default", "$comment");
    private static final Set<String> CHECKED = Set.of("type", "properties", "required", "additionalProperties",
            "items", "minItems", "maxItems", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "pattern",
            "minLength", "enum", "$ref");

    /** How a label is painted. */
    public enum Style {
        TITLE, NOTE, HEADING, HEADER, KEY, TEXT
    }

    /** A locked cell of text. */
    public record Label(int row, int column, String text, Style style) {
    }

    /**
     * One input cell.
     *
     * @param path the field as the YAML reader names it: {@code plant.referencePlants[1].name}
     * @param segments the path's keys and list indices, to build the bid's tree
     * @param required whether the field must be filled once every container in {@code conditions} is used
     * @param conditions the optional objects and table rows the field is inside, by path; a container is used when
     *     any of its cells is filled
     */
    public record Input(String sheet, int row, int column, String path, List<Object> segments, FieldRule rule,
                        boolean required, List<String> conditions) {

        /** {@code B7}. */
        public String cell() {
            return new CellReference(row, column).formatAsString();
        }

        /** {@code Plant!B7 (plant.lines)}, as problems and origins name it. */
        public String where() {
            return sheet + "!" + cell() + " (" + path + ")";
        }

        /** The data validation the form gives this cell, or {@code null} for free text. */
        public Validation validation() {
            FieldRule r = rule;
            return switch (r.kind()) {
                case TEXT -> null;
                case CHOICE, YES_NO -> new Validation(ValidationType.LIST, OperatorType.IGNORED, r.list(), null);
                case NUMBER, WHOLE -> numeric(r);
            };
        }

        private Validation numeric(FieldRule r) {
            int type = r.kind() == FieldRule.Kind.WHOLE ? ValidationType.INTEGER : ValidationType.DECIMAL;
            String min = r.minimum() == null ? null : FieldRule.plain(r.minimum());
            String max = r.maximum() == null ? null : FieldRule.plain(r.maximum());
            if (min != null && max != null && !r.minimumExclusive() && !r.maximumExclusive()) {
                return new Validation(type, OperatorType.BETWEEN, min, max);
            }
            if (min != null && max == null) {
                return new Validation(type, r.minimumExclusive() ? OperatorType.GREATER_THAN
                        : OperatorType.GREATER_OR_EQUAL, min, null);
            }
            if (max != null && min == null) {
                return new Validation(type, r.maximumExclusive() ? OperatorType.LESS_THAN
                        : OperatorType.LESS_OR_EQUAL, max, null);
            }
            // Excel's number validations have no operator for one bound open and the other closed: a formula.
            String c = cell();
            StringBuilder f = new StringBuilder("AND(ISNUMBER(").append(c).append(')');
            if (r.kind() == FieldRule.Kind.WHOLE) {
                f.append(',').append(c).append("=INT(").append(c).append(')');
            }
            if (min != null) {
                f.append(',').append(c).append(r.minimumExclusive() ? ">" : ">=").append(min);
            }
            if (max != null) {
                f.append(',').append(c).append(r.maximumExclusive() ? "<" : "<=").append(max);
            }
            return new Validation(ValidationType.FORMULA, OperatorType.IGNORED, f.append(')').toString(), null);
        }
    }

    /**
     * A cell's data validation as the form writes it, in POI's constants.
     *
     * @param formula1 the list's defined name, a bound, or a custom formula
     */
    public record Validation(int type, int operator, String formula1, String formula2) {
    }

    /**
     * A repeating structure: an array laid out as rows {@code firstRow .. firstRow + rows - 1}.
     *
     * @param minItems the least rows that must be filled once the table's containers are used; 0 when optional
     */
    public record Table(String sheet, String path, int firstRow, int rows, int minItems, List<String> conditions) {
    }

    /** One sheet of the form: its labels and its input cells, in row order. */
    public record Sheet(String name, String path, List<Label> labels, List<Input> inputs) {
    }

    /** A list on the hidden sheet, under its defined name. */
    public record Choices(String name, List<String> values) {
    }

    private final Tender tender;
    private final List<Sheet> sheets = new ArrayList<>();
    private final Map<String, Choices> lists = new LinkedHashMap<>();
    private final List<Table> tables = new ArrayList<>();
    /** Objects that must be in the bid whenever their containers are used, by their segments (parents first). */
    private final List<List<Object>> requiredObjects = new ArrayList<>();
    /** Where each field and each block starts: {@code plant.combustionDiagram} → {@code Plant!A12}. */
    private final Map<String, String> anchors = new LinkedHashMap<>();
    private final Map<String, Input> inputs = new LinkedHashMap<>();
    private final JsonNode schema;

    private BidForm(Tender tender) {
        this.tender = tender;
        this.schema = Schemas.tree(Schemas.BID);
    }

    /** The form of {@code tender}'s bids. */
    public static BidForm of(Tender tender) {
        BidForm form = new BidForm(tender);
        form.layOut();
        return form;
    }

    public Tender tender() {
        return tender;
    }

    /** The sheets bidders fill, in order (the instructions and the lists are the writer's). */
    public List<Sheet> sheets() {
        return List.copyOf(sheets);
    }

    public List<Choices> lists() {
        return List.copyOf(lists.values());
    }

    public List<Table> tables() {
        return List.copyOf(tables);
    }

    List<List<Object>> requiredObjects() {
        return List.copyOf(requiredObjects);
    }

    /** Every input cell, in sheet and row order. */
    public List<Input> inputs() {
        return List.copyOf(inputs.values());
    }

    /**
     * A field path as its cell: {@code Plant!B7 (plant.lines)}; a block or table by its heading, and a path the form
     * has no cell for by the nearest block that holds it. Empty for the file as a whole.
     */
    public String locate(String path) {
        if (path.isEmpty()) {
            return "";
        }
        Input in = inputs.get(path);
        if (in != null) {
            return in.where();
        }
        for (String p = path; !p.isEmpty(); p = parent(p)) {
            String at = anchors.get(p);
            if (at != null) {
                return at + " (" + path + ")";
            }
        }
        return path;
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /**
     * The cell values of a filled form: a number as a {@link Double} (an {@link Integer} for a whole number), text
     * as a {@link String}, a flag as {@code yes} or {@code no}. A value the form has no cell for (an item beyond a
     * table's rows, a lot field in a tender without lots) is a problem named at {@code file}.
     */
    public Map<Input, Object> valuesOf(Bid bid, String file, List<InputProblem> problems) {
        JsonNode tree = Yaml.MAPPER.valueToTree(bid);
        Map<Input, Object> values = new LinkedHashMap<>();
        Set<String> placed = new LinkedHashSet<>();
        for (Input in : inputs.values()) {
            JsonNode node = at(tree, in.segments());
            if (node == null || node.isNull()) {
                continue;
            }
            placed.add(in.path());
            values.put(in, switch (in.rule().kind()) {
                case NUMBER -> node.doubleValue();
                case WHOLE -> node.intValue();
                case YES_NO -> node.booleanValue() ? "yes" : "no";
                case TEXT, CHOICE -> node.textValue();
            });
        }
        unplaced(tree, "", placed, file, problems);
        return values;
    }

    /** Reports every leaf of the bid the form has no cell for. */
    private void unplaced(JsonNode node, String path, Set<String> placed, String file, List<InputProblem> problems) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                unplaced(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), placed, file, problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                unplaced(node.get(i), path + "[" + i + "]", placed, file, problems);
            }
        } else if (!node.isNull() && !placed.contains(path) && !(node.isBoolean() && !node.booleanValue())) {
            problems.add(new InputProblem(file, path, "this tender's bid form has no cell for it (a table holds "
                    + "a fixed number of rows; lot fields appear only in a tender with lots)"));
        }
    }

    private static JsonNode at(JsonNode tree, List<Object> segments) {
        JsonNode n = tree;
        for (Object s : segments) {
            n = s instanceof Integer i ? n.get(i) : n.get((String) s);
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    // ----- layout

    /** Builds the sheets: the bid's own fields first, then one sheet per object of the top level. */
    private void layOut() {
        SheetBuilder bid = new SheetBuilder(BID_SHEET, "");
        bid.title(BID_SHEET, text(schema, "description"));
        bid.note("Tender " + tender.id() + ": " + tender.title());
        bid.header();
        List<Map.Entry<String, JsonNode>> sections = new ArrayList<>();
        Set<String> required = requiredOf(schema);
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.get("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode field = resolve(e.getValue());
            if (LOT_FIELDS.contains(e.getKey()) && !hasLotField(e.getKey())) {
                continue;
            }
            if ("object".equals(text(field, "type"))) {
                sections.add(e);
            } else {
                bid.field(e.getKey(), field, List.<Object>of(e.getKey()), required.contains(e.getKey()), List.of());
            }
        }
        sheets.add(bid.build());
        for (Map.Entry<String, JsonNode> e : sections) {
            JsonNode section = resolve(e.getValue());
            String name = text(section, "title");
            if (name == null) {
                throw new IllegalStateException("bid schema: top-level object " + e.getKey() + " needs a title, its "
                        + "sheet's name in the bid form");
            }
            boolean isRequired = required.contains(e.getKey());
            List<String> conditions = isRequired ? List.of() : List.of(e.getKey());
            if (isRequired) {
                requiredObjects.add(List.<Object>of(e.getKey()));
            }
            SheetBuilder s = new SheetBuilder(name, e.getKey());
            s.title(name + " (" + e.getKey() + ")", text(section, "description"));
            if (!isRequired) {
                s.note("Optional: leave every cell empty if the bid has no " + e.getKey() + " part; once one is filled, "
                        + "the required ones must be.");
            }
            anchors.put(e.getKey(), name + "!A1");
            s.header();
            s.members(section, e.getKey(), List.<Object>of(e.getKey()), conditions);
            sheets.add(s.build());
        }
    }

    private boolean hasLotField(String key) {
        return key.equals("relatedLotGroup") ? !tender.lotGroups().isEmpty() : tender.hasLots();
    }

    /** Rows of one sheet, added top to bottom. */
    private final class SheetBuilder {
        private final String name;
        private final String path;
        private final List<Label> labels = new ArrayList<>();
        private final List<Input> cells = new ArrayList<>();
        private int row;

        SheetBuilder(String name, String path) {
            this.name = name;
            this.path = path;
        }

        void title(String title, String description) {
            labels.add(new Label(row++, KEY, title, Style.TITLE));
            if (description != null) {
                note(description);
            }
        }

        void note(String text) {
            labels.add(new Label(row++, KEY, text, Style.NOTE));
        }

        void header() {
            row++;
            String[] titles = {"Field", "Value", "Unit", "Meaning", "Required", "Field path"};
            for (int c = 0; c < titles.length; c++) {
                labels.add(new Label(row, c, titles[c], Style.HEADER));
            }
            row++;
        }

        /** The properties of an object, in the schema's order. */
        void members(JsonNode object, String at, List<Object> segments, List<String> conditions) {
            checkKeywords(object, at);
            Set<String> required = requiredOf(object);
            JsonNode properties = object.get("properties");
            if (properties == null) {
                throw new IllegalStateException("bid schema: " + at + " is an object without properties, which the bid "
                        + "form cannot lay out");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                List<Object> segs = append(segments, e.getKey());
                field(e.getKey(), resolve(e.getValue()), segs, required.contains(e.getKey()), conditions);
            }
        }

        void field(String key, JsonNode field, List<Object> segments, boolean required, List<String> conditions) {
            String at = pathOf(segments);
            String type = text(field, "type");
            if ("object".equals(type)) {
                row++;
                anchors.put(at, name + "!" + new CellReference(row, KEY).formatAsString());
                labels.add(new Label(row, KEY, key, Style.HEADING));
                labels.add(new Label(row, MEANING, describe(field), Style.NOTE));
                labels.add(new Label(row, REQUIRED, required ? requiredText(conditions)
                        : "optional block: fill all its required cells or none", Style.TEXT));
                labels.add(new Label(row, PATH, at, Style.TEXT));
                row++;
                if (required) {
                    requiredObjects.add(segments);
                }
                members(field, at, segments, required ? conditions : with(conditions, at));
            } else if ("array".equals(type)) {
                table(key, field, segments, required, conditions);
            } else {
                leaf(key, field, segments, required, conditions);
            }
        }

        private void leaf(String key, JsonNode field, List<Object> segments, boolean required,
                          List<String> conditions) {
            String at = pathOf(segments);
            FieldRule rule = ruleOf(key, field, at);
            labels.add(new Label(row, KEY, key, Style.KEY));
            labels.add(new Label(row, UNIT, text(field, "unit") == null ? "" : text(field, "unit"), Style.TEXT));
            labels.add(new Label(row, MEANING, describe(field), Style.TEXT));
            labels.add(new Label(row, REQUIRED, required ? requiredText(conditions) : "optional", Style.TEXT));
            labels.add(new Label(row, PATH, at, Style.TEXT));
            add(new Input(name, row, VALUE, at, segments, rule, required, conditions));
            row++;
        }

        /**
         * An array as a table: a heading, the column keys, units, meanings and whether each is required, then one
         * numbered row per item, up to the schema's {@code maxItems} (the tender's lots for a list of lots).
         */
        private void table(String key, JsonNode array, List<Object> segments, boolean required,
                           List<String> conditions) {
            String at = pathOf(segments);
            checkKeywords(array, at);
            JsonNode items = resolve(array.get("items"));
            checkKeywords(items, at + "[]");
            boolean objects = "object".equals(text(items, "type"));
            List<Map.Entry<String, JsonNode>> columns = new ArrayList<>();
            if (objects) {
                for (Iterator<Map.Entry<String, JsonNode>> it = items.get("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    JsonNode c = resolve(e.getValue());
                    if ("object".equals(text(c, "type")) || "array".equals(text(c, "type"))) {
                        throw new IllegalStateException("bid schema: " + at + "[]." + e.getKey() + " nests a block in "
                                + "a table, which the bid form cannot lay out");
                    }
                    columns.add(Map.entry(e.getKey(), c));
                }
            } else {
                columns.add(Map.entry("value", items));
            }
            FieldRule probe = objects ? null : ruleOf(key, items, at);
            int rows = probe != null && probe.kind() == FieldRule.Kind.CHOICE && isTenderList(key)
                    ? probe.choices().size() : maxItems(array, at);
            int minItems = required && array.has("minItems") ? array.get("minItems").asInt() : 0;
            row++;
            anchors.put(at, name + "!" + new CellReference(row, KEY).formatAsString());
            labels.add(new Label(row, KEY, key, Style.HEADING));
            labels.add(new Label(row, MEANING, describe(array) + " One row per item, filled from the top with no "
                    + "empty row between; at most " + rows + " rows" + (minItems > 0 ? ", at least " + minItems : "")
                    + ".", Style.NOTE));
            labels.add(new Label(row, REQUIRED, required ? requiredText(conditions) : "optional", Style.TEXT));
            labels.add(new Label(row, PATH, at + "[]", Style.TEXT));
            row++;
            Set<String> requiredColumns = objects ? requiredOf(items) : Set.of();
            String[] rowTitles = {"#", "unit", "meaning", "required"};
            for (int r = 0; r < rowTitles.length; r++) {
                labels.add(new Label(row + r, KEY, rowTitles[r], Style.HEADER));
            }
            for (int c = 0; c < columns.size(); c++) {
                JsonNode col = columns.get(c).getValue();
                String unit = text(col, "unit");
                labels.add(new Label(row, VALUE + c, columns.get(c).getKey(), Style.HEADER));
                labels.add(new Label(row + 1, VALUE + c, unit == null ? "" : unit, Style.TEXT));
                labels.add(new Label(row + 2, VALUE + c, describe(col), Style.TEXT));
                labels.add(new Label(row + 3, VALUE + c, !objects ? "in each used row"
                        : requiredColumns.contains(columns.get(c).getKey()) ? "in each used row" : "optional",
                        Style.TEXT));
            }
            row += rowTitles.length;
            tables.add(new Table(name, at, row, rows, minItems, conditions));
            for (int i = 0; i < rows; i++) {
                labels.add(new Label(row, KEY, Integer.toString(i + 1), Style.KEY));
                List<Object> item = append(segments, i);
                String itemPath = pathOf(item);
                List<String> inRow = with(conditions, itemPath);
                for (int c = 0; c < columns.size(); c++) {
                    String column = columns.get(c).getKey();
                    List<Object> cellSegments = objects ? append(item, column) : item;
                    FieldRule rule = objects ? ruleOf(column, columns.get(c).getValue(), at + "[]." + column) : probe;
                    add(new Input(name, row, VALUE + c, pathOf(cellSegments), cellSegments, rule,
                            objects && requiredColumns.contains(column), inRow));
                }
                row++;
            }
        }

        private void add(Input in) {
            cells.add(in);
            inputs.put(in.path(), in);
        }

        Sheet build() {
            return new Sheet(name, path, List.copyOf(labels), List.copyOf(cells));
        }
    }

    private static String requiredText(List<String> conditions) {
        return conditions.isEmpty() ? "required" : "required once " + conditions.get(conditions.size() - 1)
                + " is used";
    }

    /** What a field accepts, from its schema. */
    private FieldRule ruleOf(String key, JsonNode field, String at) {
        checkKeywords(field, at);
        String type = text(field, "type");
        String pattern = field.has("pattern") ? field.get("pattern").asText() : null;
        if (tenderList(key) != null) {
            return FieldRule.choice(FieldRule.Kind.CHOICE, list(listName(key), tenderList(key)), tenderList(key),
                    pattern);
        }
        if (field.has("enum")) {
            List<String> values = new ArrayList<>();
            field.get("enum").forEach(v -> values.add(v.asText()));
            return FieldRule.choice(FieldRule.Kind.CHOICE, list(listName(key), values), values, null);
        }
        if ("boolean".equals(type)) {
            List<String> yesNo = List.of("yes", "no");
            return FieldRule.choice(FieldRule.Kind.YES_NO, list("list_yesNo", yesNo), yesNo, null);
        }
        if ("string".equals(type)) {
            return FieldRule.text(pattern, field.path("minLength").asInt(0));
        }
        if ("number".equals(type) || "integer".equals(type)) {
            Double min = bound(field, "exclusiveMinimum", "minimum");
            Double max = bound(field, "exclusiveMaximum", "maximum");
            return FieldRule.number("integer".equals(type) ? FieldRule.Kind.WHOLE : FieldRule.Kind.NUMBER, min,
                    field.has("exclusiveMinimum"), max, field.has("exclusiveMaximum"));
        }
        throw new IllegalStateException("bid schema: " + at + " has type " + type + ", which the bid form cannot "
                + "lay out");
    }

    /** The exclusive bound if the field has one, else the inclusive one, else none. */
    private static Double bound(JsonNode field, String exclusive, String inclusive) {
        JsonNode b = field.has(exclusive) ? field.get(exclusive) : field.get(inclusive);
        return b == null ? null : b.doubleValue();
    }

    private static String listName(String key) {
        return "list_" + key;
    }

    private static boolean isTenderList(String key) {
        return key.equals("relatedLots");
    }

    /** The values the tender allows for a field whose choices it sets: its currencies, lots and lot groups. */
    private List<String> tenderList(String key) {
        return switch (key) {
            case "currency" -> {
                Set<String> codes = new LinkedHashSet<>();
                codes.add(tender.currency());
                codes.addAll(tender.exchangeRates().keySet());
                yield List.copyOf(codes);
            }
            case "relatedLots" -> tender.lots().stream().map(Tender.Lot::id).toList();
            case "relatedLotGroup" -> tender.lotGroups().stream().map(Tender.LotGroup::id).toList();
            default -> null;
        };
    }

    /** Registers a list for the hidden sheet and returns its name. */
    private String list(String name, List<String> values) {
        Choices had = lists.putIfAbsent(name, new Choices(name, List.copyOf(values)));
        if (had != null && !had.values().equals(values)) {
            throw new IllegalStateException("bid schema: two lists named " + name + " differ");
        }
        return name;
    }

    private static int maxItems(JsonNode array, String at) {
        if (!array.has("maxItems")) {
            throw new IllegalStateException("bid schema: " + at + " needs maxItems, the rows of its table in the bid "
                    + "form");
        }
        return array.get("maxItems").asInt();
    }

    private static void checkKeywords(JsonNode node, String at) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!CHECKED.contains(k) && !ANNOTATIONS.contains(k)) {
                throw new IllegalStateException("bid schema: " + at + " uses keyword " + k + ", which the bid form "
                        + "does not check");
            }
        }
    }

    private JsonNode resolve(JsonNode node) {
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/$defs/")) {
                throw new IllegalStateException("bid schema: reference " + ref + " is outside the schema's $defs");
            }
            JsonNode target = schema.get("$defs").get(ref.substring("#/$defs/".length())).deepCopy();
            // The field's own annotations (its description, unit) beside the reference win over the shared ones.
            node.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("$ref")) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) target).set(e.getKey(), e.getValue());
                }
            });
            return target;
        }
        return node;
    }

    private static Set<String> requiredOf(JsonNode object) {
        Set<String> names = new LinkedHashSet<>();
        object.path("required").forEach(n -> names.add(n.asText()));
        return names;
    }

    private static String describe(JsonNode field) {
        String d = text(field, "description");
        return d == null ? "" : d;
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null ? null : v.asText();
    }

    private static List<Object> append(List<Object> segments, Object next) {
        List<Object> out = new ArrayList<>(segments);
        out.add(next);
        return List.copyOf(out);
    }

    private static List<String> with(List<String> conditions, String next) {
        List<String> out = new ArrayList<>(conditions);
        out.add(next);
        return List.copyOf(out);
    }

    /** {@code plant.referencePlants[1].name}. */
    static String pathOf(List<Object> segments) {
        StringBuilder s = new StringBuilder();
        for (Object o : segments) {
            if (o instanceof Integer i) {
                s.append('[').append(i).append(']');
            } else {
                s.append(s.isEmpty() ? "" : ".").append(o);
            }
        }
        return s.toString();
    }
}
