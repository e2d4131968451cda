package org.wteval.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workbook's defined names, each local to one sheet or, for the inputs every sheet reads, to the workbook,
 * written into {@code xl/workbook.xml} after POI has written it. POI's own {@code setNameName} compares a new name
 * with every name of the same text on every sheet, and each bid sheet defines the same names, which made a workbook
 * of 1,000 bids take a minute; POI also rewrites the names element from its own list when it saves, so the element
 * is added to the saved part instead. The names are the report's own, so the checks a spreadsheet program makes on
 * reading are made here: a valid name, not a cell reference, and unique on its sheet (or in the workbook).
 */
final class DefinedNames {

    static final String WORKBOOK_PART = "xl/workbook.xml";

    /** The sheet of a name every sheet reads. */
    static final int WORKBOOK = -1;

    /** A defined name: a letter or underscore first, then letters, digits, dots and underscores. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]{0,254}");
    /** Names that read as a cell (A1, XFD1048576) or as the R and C shorthands, which spreadsheet programs refuse. */
    private static final Pattern CELL = Pattern.compile("[A-Za-z]{1,3}[0-9]+|[RrCc]|[Rr][0-9]+[Cc][0-9]+");
    /** The end of the list of sheets, after which the names stand in the schema's order; any namespace prefix. */
    private static final Pattern SHEETS_END = Pattern.compile("</(\\w+:)?sheets>");

    private record Entry(int sheet, String name, String ref) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> taken = new HashSet<>();

    /**
     * @param sheet the 0-based index of the sheet the name is local to, or {@link #WORKBOOK}
     * @param ref an absolute reference with its sheet, e.g. {@code 'Bid B1'!$C$5:$C$34}
     */
    synchronized void add(int sheet, String name, String ref) {
        if (!acceptable(name)) {
            throw new IllegalStateException("not a name a spreadsheet accepts: " + name);
        }
        if (!taken.add(sheet + "!" + name.toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException("sheet " + sheet + " already has the name " + name);
        }
        entries.add(new Entry(sheet, name, ref));
    }

    /** Whether a spreadsheet program accepts {@code name} as a defined name. */
    static boolean acceptable(String name) {
        return VALID.matcher(name).matches() && !CELL.matcher(name).matches();
    }

    /** The workbook part with the names inserted after its sheets; unchanged if there are none. */
    synchronized byte[] insertInto(byte[] workbookXml) {
        if (entries.isEmpty()) {
            return workbookXml;
        }
        String xml = new String(workbookXml, StandardCharsets.UTF_8);
        Matcher end = SHEETS_END.matcher(xml);
        if (!end.find()) {
            throw new IllegalStateException(WORKBOOK_PART + " has no list of sheets");
        }
        String prefix = end.group(1) == null ? "" : end.group(1);
        StringBuilder names = new StringBuilder(entries.size() * 80);
        names.append('<').append(prefix).append("definedNames>");
        // By sheet, the workbook's own first: sheets are written on several threads, each sheet's names by one of
        // them in the sheet's order, so this order is the same however the threads ran (the sort is stable).
        List<Entry> ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.comparingInt(Entry::sheet));
        for (Entry e : ordered) {
            names.append('<').append(prefix).append("definedName name=\"").append(e.name()).append('"');
            if (e.sheet() != WORKBOOK) {
                names.append(" localSheetId=\"").append(e.sheet()).append('"');
            }
            names.append('>');
            escape(e.ref(), names);
            names.append("</").append(prefix).append("definedName>");
        }
        names.append("</").append(prefix).append("definedNames>");
        return new StringBuilder(xml).insert(end.end(), names).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A sheet name is the bid's id and may hold any character XML gives a meaning to. */
    private static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
    }
}
