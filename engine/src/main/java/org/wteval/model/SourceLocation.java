package org.wteval.model;

/**
 * Where a value of the case was read, as its user names it: a file and a field path ({@code plant.lines}) or a
 * cell ({@code Plant!C7 (plant.lines)}).
 *
 * @param path empty for the file as a whole
 */
public record SourceLocation(String file, String path) {

    @Override
    public String toString() {
        return path.isEmpty() ? file : file + ": " + path;
    }
}
