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

    /**
     * The sample cases {@code wte evaluate} takes, by folder name: every one but those divided into lots, which are
     * awarded with {@code wte award} instead.
     */
    public static java.util.List<Path> singleSiteSamples() {
        try (Stream<Path> s = Files.list(root().resolve("cases"))) {
            return s.filter(p -> Files.isRegularFile(p.resolve("tender.yaml"))).sorted()
                    .filter(p -> !org.wteval.io.CaseFolderReader.read(p).tender().hasLots()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /**
     * vn-bac-ninh without the committee's decisions, each bid bid again {@code copies} times with capex and gate fee
     * varied by a seeded ±10%: a tender large enough that most bids hold no lowest or highest criterion value.
     */
    public static Path manyBids(Path dir, int copies, long seed) {
        try {
            Path c = copy("vn-bac-ninh", dir.resolve("many"));
            Files.delete(c.resolve("committee.yaml"));
            java.util.Random random = new java.util.Random(seed);
            java.util.List<Path> originals;
            try (Stream<Path> s = Files.list(c.resolve("bids"))) {
                originals = s.sorted().toList();
            }
            for (Path bid : originals) {
                String text = Files.readString(bid);
                String id = text.replaceFirst("(?s).*\\nid: (\\w+)\\n.*", "$1");
                for (int k = 1; k <= copies; k++) {
                    String copy = text.replace("id: " + id + "\n", "id: " + id + "x" + k + "\n");
                    copy = scale(copy, "capex", 0.9 + 0.2 * random.nextDouble());
                    copy = scale(copy, "tippingFeePerTonne", 0.9 + 0.2 * random.nextDouble());
                    Files.writeString(bid.resolveSibling(id.toLowerCase() + "x" + k + ".yaml"), copy);
                }
            }
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String scale(String yaml, String field, double factor) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(field + ": ([0-9.]+)").matcher(yaml);
        if (!m.find()) {
            throw new IllegalStateException("no " + field);
        }
        long scaled = Math.round(Double.parseDouble(m.group(1)) * factor);
        return yaml.substring(0, m.start(1)) + scaled + yaml.substring(m.end(1));
    }
}
