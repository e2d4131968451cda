package org.wteval.explain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wteval.calc.FigureDescriptions;
import org.wteval.calc.FigureNames;
import org.wteval.model.Figure;
import org.wteval.model.Origin;
import org.wteval.pipeline.BidEvaluation;
import org.wteval.pipeline.Evaluation;
import org.wteval.rules.Numbers;

/** Looks up figures in an evaluation and prints their explanation trees. */
public final class Explainer {

    /** Schedules print this many years before eliding the rest. */
    private static final int YEARS_SHOWN = 6;

    private Explainer() {
    }

    /** The figures of one bid, or of the tender when {@code subject} is {@code tender}; empty if unknown. */
    public static Map<String, Figure> figures(Evaluation e, String subject) {
        Map<String, Figure> out = new LinkedHashMap<>();
        if ("tender".equals(subject)) {
            out.put(FigureNames.AVERAGE_LHV, e.tenderMetrics().averageLhv());
            out.put(FigureNames.LOW_LHV, e.tenderMetrics().lowLhv());
            out.put(FigureNames.HIGH_LHV, e.tenderMetrics().highLhv());
            out.put(FigureNames.ANNUAL_TONNES, e.tenderMetrics().annualTonnes());
            e.weights().forEach((c, w) -> out.put(c.key() + "Weight", w));
            return out;
        }
        for (BidEvaluation b : e.bids()) {
            if (b.bidId().equals(subject)) {
                out.putAll(b.metrics().figures());
                out.putAll(b.scoreFigures());
            }
        }
        return out;
    }

    /**
     * The figure named {@code name}; a criterion's key ({@code lifecycle}) names its score, as the ranking table's
     * columns do. {@code null} if there is none.
     */
    public static Figure find(Map<String, Figure> figures, String name) {
        Figure f = figures.get(name);
        return f != null ? f : figures.get(FigureNames.score(name));
    }

    /** The figures' names, one a line, each with what the figure is. */
    public static String list(Map<String, Figure> figures) {
        int width = figures.keySet().stream().mapToInt(String::length).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String name : figures.keySet()) {
            String description = FigureDescriptions.of(name).orElseThrow(
                    () -> new IllegalStateException("no description of figure " + name));
            out.append(name).append(" ".repeat(width - name.length() + 2)).append(description).append('\n');
        }
        return out.toString();
    }

    /** The explanation tree of a figure as indented text. */
    public static String explain(Figure f) {
        StringBuilder out = new StringBuilder();
        write(f, "", "", out, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        return out.toString();
    }

    /** Derived figures shared by several branches are expanded once; later mentions point back to it. */
    private static void write(Figure f, String first, String rest, StringBuilder out, java.util.Set<Figure> shown) {
        out.append(first).append(f.name()).append(" = ").append(value(f)).append(' ').append(f.unit());
        if (!f.inputs().isEmpty() && !shown.add(f)) {
            out.append("   (expanded above)\n");
            return;
        }
        if (f.origin() instanceof Origin.Given) {
            out.append("   [input]");
        } else if (f.origin() instanceof Origin.ToolkitParameter p) {
            out.append("   [toolkit, ").append(p.status().toUpperCase(Locale.ROOT)).append(']');
        }
        out.append('\n');
        String pad = rest + (f.inputs().isEmpty() ? "    " : "│   ");
        if (f.formula() != null) {
            out.append(pad).append("= ").append(f.formula()).append('\n');
        }
        if (!f.byYear().isEmpty()) {
            out.append(pad).append("by year: ").append(years(f)).append('\n');
        }
        f.origin().text().ifPresent(o -> out.append(pad).append("from ").append(o).append('\n'));
        if (f.source() != null) {
            out.append(pad).append("source: ").append(f.source()).append('\n');
        }
        List<Figure> in = f.inputs();
        for (int i = 0; i < in.size(); i++) {
            boolean last = i == in.size() - 1;
            write(in.get(i), rest + (last ? "└── " : "├── "), rest + (last ? "    " : "│   "), out, shown);
        }
    }

    private static String value(Figure f) {
        return Numbers.format(f.value());
    }

    private static String years(Figure f) {
        StringBuilder s = new StringBuilder();
        List<Double> v = f.byYear();
        for (int i = 0; i < v.size(); i++) {
            if (i == YEARS_SHOWN && v.size() > YEARS_SHOWN + 1) {
                s.append(" … ").append(f.firstYear() + v.size() - 1).append(": ")
                        .append(Numbers.format(v.get(v.size() - 1)));
                break;
            }
            s.append(i == 0 ? "" : ", ").append(f.firstYear() + i).append(": ").append(Numbers.format(v.get(i)));
        }
        return s.toString();
    }
}
