package org.wteval.model;

/**
 * A file that went into an evaluation, named as the report shows it, with its SHA-256.
 *
 * @param name path relative to its root (case folder, toolkit folder or rule folder)
 */
public record SourceFile(String name, String sha256) implements Comparable<SourceFile> {

    public static SourceFile of(String name, byte[] content) {
        return new SourceFile(name, Sha256.hex(content));
    }

    @Override
    public int compareTo(SourceFile o) {
        return name.compareTo(o.name);
    }
}
