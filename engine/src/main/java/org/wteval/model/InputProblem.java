package org.wteval.model;

/**
 * One thing wrong with the inputs.
 *
 * @param file the file as the user named it, relative to the case or toolkit folder (e.g. {@code bids/b2.yaml})
 * @param path the field, as a dotted path with list indices (e.g. {@code plant.combustionDiagram.minLhvMjPerKg});
 *     empty for the file as a whole
 */
public record InputProblem(String file, String path, String message) implements Comparable<InputProblem> {

    /** A problem with the field at {@code where}. */
    public static InputProblem at(SourceLocation where, String message) {
        return new InputProblem(where.file(), where.path(), message);
    }

    @Override
    public String toString() {
        return path.isEmpty() ? file + ": " + message : file + ": " + path + ": " + message;
    }

    @Override
    public int compareTo(InputProblem o) {
        int c = file.compareTo(o.file);
        if (c != 0) {
            return c;
        }
        c = path.compareTo(o.path);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
