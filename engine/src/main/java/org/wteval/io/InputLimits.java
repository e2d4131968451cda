package org.wteval.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.wteval.model.InputProblem;

/**
 * The bounds that protect the machine from a file that is too large or too deep to be a real case. Each is far above
 * what a tender needs (a bid file is a few kilobytes, 6 levels deep) and below what would exhaust the memory or the
 * stack. A file over a bound is reported, not read.
 */
public final class InputLimits {

    /** Largest case or toolkit file read (1 MiB): a bid is about 3 KB, the largest toolkit about 40 KB. */
    public static final long MAX_FILE_BYTES = 1L << 20;

    /** Deepest nesting of mappings and lists in a YAML or JSON file; the schemas need 6. */
    public static final int MAX_NESTING_DEPTH = 32;

    /** Most bids in one case: the scale the engine is measured at. */
    public static final int MAX_BIDS = 10_000;

    /** Most evaluators' score sheets in one case. */
    public static final int MAX_SCORE_SHEETS = 100;

    /** Most parts (zip entries) of a bid workbook: the form has about 20, a copy saved by Excel a few more. */
    public static final int MAX_WORKBOOK_PARTS = 200;

    /**
     * Most bytes a bid workbook may unpack to (8 MiB): the form unpacks to about 110 KB. A workbook's XML compresses
     * a hundredfold, so a file under {@link #MAX_FILE_BYTES} could otherwise unpack to a sheet of millions of cells.
     */
    public static final long MAX_WORKBOOK_UNPACKED_BYTES = 8L << 20;

    private InputLimits() {
    }

    /** The file's bytes, or {@code null} after recording why they were not read. */
    static byte[] read(Path file, String name, List<InputProblem> problems) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.add(new InputProblem(name, "", String.format(Locale.ROOT,
                        "is %,d bytes; a case or toolkit file may hold at most %,d", size, MAX_FILE_BYTES)));
                return null;
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(new InputProblem(name, "", "cannot be read: " + e.getMessage()));
            return null;
        }
    }
}
