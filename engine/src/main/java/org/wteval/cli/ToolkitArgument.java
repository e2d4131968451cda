package org.wteval.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.wteval.model.InputProblem;
import org.wteval.model.SourceLocation;
import org.wteval.io.ToolkitLoader;

/**
 * A toolkit named on the command line, optionally as in force on a day: {@code id} (each layer's latest version) or
 * {@code id@YYYY-MM-DD} (the versions in force that day), so that one toolkit can be set against itself under two
 * laws.
 *
 * @param on {@code null} for the latest versions
 */
record ToolkitArgument(String id, LocalDate on) {

    /**
     * Parses {@code text}; records a problem against the argument {@code label} when the day is not a date.
     *
     * @return the argument, or {@code null} when a problem was recorded
     */
    static ToolkitArgument parse(String text, String label, List<InputProblem> problems) {
        int at = text.indexOf('@');
        if (at < 0) {
            return new ToolkitArgument(text, null);
        }
        try {
            return new ToolkitArgument(text.substring(0, at), LocalDate.parse(text.substring(at + 1)));
        } catch (DateTimeParseException e) {
            problems.add(new InputProblem("command line", label, "'" + text.substring(at + 1)
                    + "' is not a date (YYYY-MM-DD); write a toolkit as CC or CC@YYYY-MM-DD"));
            return null;
        }
    }

    /** Loads the toolkit, an unknown id or a day no version covers reported against the argument {@code label}. */
    ToolkitLoader.Loaded load(ToolkitLoader loader, String label, List<InputProblem> problems) {
        ToolkitLoader.On when = on == null ? ToolkitLoader.On.latest()
                : new ToolkitLoader.On(on, new SourceLocation("command line", label));
        return loader.load(id, when, new InputProblem("command line", label, "unknown toolkit"), problems);
    }
}
