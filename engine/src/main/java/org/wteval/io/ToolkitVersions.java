package org.wteval.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.wteval.model.InputProblem;
import org.wteval.model.SourceLocation;
import org.wteval.model.Toolkit;
import org.wteval.model.ToolkitVersion;

/**
 * The dated versions of one toolkit layer ({@code versions:} in its file): checks that their periods do not overlap
 * and picks the one in force on a day. A version without {@code until} stays in force until the next one takes
 * effect, so a law replaced by another needs no end date; an explicit {@code until} leaves a gap after it.
 */
final class ToolkitVersions {

    /** One version with its index in the file, so that problems name {@code versions[i]}. */
    record Entry(int index, ToolkitVersion version, LocalDate from, LocalDate to, JsonNode parameters) {
    }

    private final String layer;
    private final List<Entry> entries;

    private ToolkitVersions(String layer, List<Entry> entries) {
        this.layer = layer;
        this.entries = entries;
    }

    /**
     * Reads and checks the versions of a layer already checked against the toolkit schema.
     *
     * @return the versions in order of their effective date (empty when the file has none), or {@code null} when a
     *     problem was recorded
     */
    static ToolkitVersions read(String layer, JsonNode tree, List<InputProblem> problems) {
        String file = Toolkit.layerFile(layer);
        List<Entry> entries = new ArrayList<>();
        int before = problems.size();
        JsonNode list = tree.path("versions");
        for (int i = 0; i < list.size(); i++) {
            JsonNode v = list.get(i);
            String path = "versions[" + i + "]";
            LocalDate from = date(v.path("effective").asText(), file, path + ".effective", problems);
            String until = v.hasNonNull("until") ? v.get("until").asText() : null;
            LocalDate to = until == null ? null : date(until, file, path + ".until", problems);
            if (from != null && to != null && to.isBefore(from)) {
                problems.add(new InputProblem(file, path + ".until", "the version ends (" + until
                        + ") before it takes effect (" + from + ")"));
            }
            entries.add(new Entry(i, new ToolkitVersion(layer, v.path("effective").asText(), until,
                    v.path("law").asText()), from, to, v.path("parameters")));
        }
        // A key lives in one place, so that which law set a value is never a question of precedence.
        Set<String> common = new TreeSet<>();
        keys(tree.path("parameters"), "", common);
        for (Entry e : entries) {
            Set<String> own = new TreeSet<>();
            keys(e.parameters(), "", own);
            own.retainAll(common);
            for (String key : own) {
                problems.add(new InputProblem(file, "versions[" + e.index() + "].parameters." + key, "is also set in "
                        + "the common parameters; a parameter is either common to all versions or set by each"));
            }
        }
        if (entries.stream().anyMatch(e -> e.from() == null || e.version().until() != null && e.to() == null)) {
            return null; // periods that cannot be read cannot be checked for overlaps
        }
        entries.sort(Comparator.comparing(Entry::from));
        // Every pair, since an until may reach past more than one later version.
        for (int j = 1; j < entries.size(); j++) {
            Entry later = entries.get(j);
            for (int i = 0; i < j; i++) {
                Entry earlier = entries.get(i);
                if (earlier.to() == null ? !earlier.from().isBefore(later.from())
                        : !earlier.to().isBefore(later.from())) {
                    problems.add(new InputProblem(file, "versions[" + later.index() + "].effective", "the version in "
                            + "force " + later.version().period() + " overlaps versions[" + earlier.index()
                            + "], in force " + earlier.version().period()
                            + (earlier.to() == null ? " until the next version" : "")));
                }
            }
        }
        return problems.size() > before ? null : new ToolkitVersions(layer, List.copyOf(entries));
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The latest version (the one that takes effect last). */
    Entry latest() {
        return entries.get(entries.size() - 1);
    }

    /**
     * The version in force on {@code day}; records a problem at {@code where} (the field that gave the day) when none
     * is.
     */
    Entry on(LocalDate day, SourceLocation where, List<InputProblem> problems) {
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            LocalDate next = i + 1 < entries.size() ? entries.get(i + 1).from() : null;
            boolean started = !day.isBefore(e.from());
            boolean notEnded = e.to() != null ? !day.isAfter(e.to()) : next == null || day.isBefore(next);
            if (started && notEnded) {
                return e;
            }
        }
        problems.add(InputProblem.at(where, "no version of " + Toolkit.layerFile(layer) + " is in force on " + day
                + "; its versions: " + String.join("; ", entries.stream()
                        .map(e -> e.version().period() + " (" + e.version().law() + ")").toList())));
        return null;
    }

    /** The dotted keys of the parameters under {@code node} (a node with a {@code value} is a parameter). */
    private static void keys(JsonNode node, String prefix, Set<String> out) {
        if (node.has("value")) {
            out.add(prefix);
            return;
        }
        node.fields().forEachRemaining(e -> keys(e.getValue(), prefix.isEmpty() ? e.getKey()
                : prefix + "." + e.getKey(), out));
    }

    private static LocalDate date(String text, String file, String path, List<InputProblem> problems) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new InputProblem(file, path, "is not a date (YYYY-MM-DD): '" + text + "'"));
            return null;
        }
    }
}
