package org.wteval.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.wteval.model.InputProblem;
import org.wteval.model.Param;
import org.wteval.model.Toolkit;
import org.wteval.model.ToolkitVersion;

/**
 * Plain-text views of toolkits after layering, for an adviser checking what an evaluation would use: the list of
 * toolkits, one toolkit's parameters, and the differences between two. The text depends only on the toolkit files:
 * keys come in sorted order and numbers are printed without binary-floating-point noise.
 */
public final class ToolkitReport {

    private static final String GAP = "  ";

    private ToolkitReport() {
    }

    /**
     * One entry of the listing: a toolkit that loaded, or the problems that kept it from loading.
     *
     * @param toolkit {@code null} when {@code problems} is not empty
     */
    public record Listed(String id, Toolkit toolkit, List<InputProblem> problems) {
    }

    /** One line per toolkit in the given order; a toolkit that failed to load is followed by its problems. */
    public static String list(List<Listed> toolkits) {
        int idWidth = 0;
        int nameWidth = 0;
        int layersWidth = 0;
        for (Listed l : toolkits) {
            idWidth = Math.max(idWidth, l.id().length());
            if (l.toolkit() != null) {
                nameWidth = Math.max(nameWidth, l.toolkit().name().length());
                layersWidth = Math.max(layersWidth, layers(l.toolkit()).length());
            }
        }
        StringBuilder s = new StringBuilder();
        for (Listed l : toolkits) {
            if (l.toolkit() == null) {
                s.append(pad(l.id(), idWidth)).append(GAP).append("NOT LOADED, ").append(l.problems().size())
                        .append(" problem(s):\n");
                for (InputProblem p : new TreeSet<>(l.problems())) {
                    s.append(" ".repeat(idWidth)).append(GAP).append(GAP).append(p).append('\n');
                }
            } else {
                s.append(pad(l.id(), idWidth)).append(GAP).append(pad(l.toolkit().name(), nameWidth)).append(GAP)
                        .append(pad(layers(l.toolkit()), layersWidth)).append(GAP).append(counts(l.toolkit()))
                        .append('\n');
            }
        }
        return s.toString();
    }

    /** Every parameter in key order, one per line, with a blank line between top-level sections. */
    public static String show(Toolkit t) {
        String[] header = {"key", "value", "unit", "status", "layer", "effective", "source"};
        List<String[]> rows = new ArrayList<>();
        rows.add(header);
        for (Param p : t.params().values()) {
            rows.add(new String[] {p.key(), value(p), p.unit(), status(p), p.setBy(), p.effective(), p.source()});
        }
        int[] widths = widths(rows);
        StringBuilder s = new StringBuilder();
        s.append(t.id()).append(GAP).append(t.name()).append(GAP).append(layers(t)).append(GAP).append(counts(t))
                .append('\n');
        for (ToolkitVersion v : t.versions()) {
            s.append(t.date() == null ? "latest version of " : "in force on " + t.date() + ": version of ")
                    .append(v.layer()).append(", ").append(v.period()).append(" (").append(v.law()).append(")\n");
        }
        s.append('\n').append(line(header, widths)).append('\n');
        String section = null;
        for (String[] row : rows.subList(1, rows.size())) {
            String top = row[0].split("\\.", 2)[0];
            if (section != null && !section.equals(top)) {
                s.append('\n');
            }
            section = top;
            s.append(line(row, widths)).append('\n');
        }
        return s.toString();
    }

    /**
     * The keys whose value or unit differs or that only one toolkit has, in key order, each with both sides'
     * value, status, layer, effective date and source; the keys that agree are only counted.
     */
    public static String diff(Toolkit a, Toolkit b) {
        SortedSet<String> keys = new TreeSet<>(a.params().keySet());
        keys.addAll(b.params().keySet());
        List<String> differing = new ArrayList<>();
        int onlyA = 0;
        int onlyB = 0;
        for (String key : keys) {
            Param pa = a.params().get(key);
            Param pb = b.params().get(key);
            if (pa != null && pb != null && sameValue(pa, pb)) {
                continue;
            }
            if (pa == null) {
                onlyB++;
            } else if (pb == null) {
                onlyA++;
            }
            differing.add(key);
        }
        List<String[]> rows = new ArrayList<>();
        for (String key : differing) {
            rows.add(side(a, key));
            rows.add(side(b, key));
        }
        int[] widths = widths(rows);
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT,
                "%s and %s: %d key(s) differ (%d in value, %d only in %s, %d only in %s); %d key(s) equal in value "
                        + "and unit\n", named(a), named(b), differing.size(), differing.size() - onlyA - onlyB,
                onlyA, a.label(), onlyB, b.label(), keys.size() - differing.size()));
        for (int i = 0; i < differing.size(); i++) {
            s.append('\n').append(differing.get(i)).append('\n');
            s.append(GAP).append(line(rows.get(2 * i), widths)).append('\n');
            s.append(GAP).append(line(rows.get(2 * i + 1), widths)).append('\n');
        }
        return s.toString();
    }

    /**
     * A number as the file wrote it, without a trailing {@code .0} or the digits binary floating point adds; text
     * and booleans as they are.
     */
    private static String value(Param p) {
        return p.value() instanceof Double d ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                : String.valueOf(p.value());
    }

    private static boolean sameValue(Param a, Param b) {
        return Objects.equals(a.value(), b.value()) && Objects.equals(a.unit(), b.unit());
    }

    private static String[] side(Toolkit t, String key) {
        Param p = t.params().get(key);
        if (p == null) {
            return new String[] {t.label(), "(not set)", "", "", "", "", ""};
        }
        return new String[] {t.label(), value(p), p.unit(), status(p), "layer " + p.setBy(), p.effective(), p.source()};
    }

    /** Capitals for an assumed value so that it stands out in a column of verified ones. */
    private static String status(Param p) {
        return p.assumed() ? p.status().toUpperCase(Locale.ROOT) : p.status();
    }

    /** The layers base first; a toolkit that extends nothing is marked as a root, the layer others build on. */
    private static String layers(Toolkit t) {
        String chain = t.chain();
        return t.layers().size() == 1 ? chain + " (root)" : chain;
    }

    /** The id, with the layers when there is more than one so that an inherited value can be traced. */
    private static String named(Toolkit t) {
        String on = t.date() == null ? "" : " on " + t.date();
        return (t.layers().size() == 1 ? t.label() : t.label() + " (" + t.chain() + ")") + on;
    }

    private static String counts(Toolkit t) {
        int total = t.params().size();
        long assumed = t.params().values().stream().filter(Param::assumed).count();
        return total + " parameters, " + assumed + " assumed (" + Math.round(100.0 * assumed / total) + "%)";
    }

    /** The widest cell of each column but the last, which is left ragged because sources are long. */
    private static int[] widths(List<String[]> rows) {
        int[] widths = new int[rows.isEmpty() ? 0 : rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length - 1; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        return widths;
    }

    private static String line(String[] row, int[] widths) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            s.append(i < row.length - 1 ? pad(row[i], widths[i]) + GAP : row[i]);
        }
        return s.toString().stripTrailing();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
