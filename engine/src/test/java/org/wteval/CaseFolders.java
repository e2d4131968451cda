package org.wteval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Locates the repository's sample cases and makes editable copies of them. */
public final class CaseFolders {

    private CaseFolders() {
    }

    /** The repository root (Surefire sets {@code wte.root}; an IDE run from the module folder falls back). */
    public static Path root() {
        String root = System.getProperty("wte.root");
        return root != null ? Path.of(root) : Path.of("..");
    }

    public static Path sample(String id) {
        return root().resolve("cases").resolve(id);
    }

    /** Copies a sample case (tender and bids, not its expected outputs) into {@code dir}. */
    public static Path copy(String id, Path dir) {
        Path src = sample(id);
        Path dst = dir.resolve(id);
        try (Stream<Path> files = Files.walk(src)) {
            for (Path p : files.toList()) {
                Path rel = src.relativize(p);
                if (rel.startsWith("expected") || rel.startsWith("out")) {
                    continue;
                }
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dst.resolve(rel.toString()));
                } else {
                    Files.copy(p, dst.resolve(rel.toString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dst;
    }

    /** Replaces the first occurrence of {@code from} in a file, failing if it is absent (the test would be void). */
    public static void edit(Path file, String from, String to) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8);
            if (!s.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain '" + from + "'");
            }
            Files.writeString(file, s.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
