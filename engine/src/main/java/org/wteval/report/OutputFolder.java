package org.wteval.report;

import java.io.IOException;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;
import org.wteval.report.ocds.OcdsReleasePackage;

/**
 * The folder an evaluation is written to, replaced as a whole: a reader finds either the previous complete set of
 * outputs or the new complete set, never a new {@code evaluation.json} beside an old {@code ranking.txt}.
 *
 * <p>The new set is written and flushed to disk in a hidden sibling folder; then the old folder is renamed aside,
 * the new one renamed into place, and the old one deleted. Each rename is atomic on one file system, so a process
 * killed at any point leaves the folder complete or absent, with the previous set intact beside it until the next
 * run clears it. Because the folder is replaced, it may hold only files the engine writes: anything else is refused
 * rather than deleted.
 */
public final class OutputFolder {

    /**
     * Every file an evaluation, a robust analysis, an award, a portfolio or a bid form may write; a folder holding
     * anything else is not ours to replace.
     */
    public static final Set<String> OUTPUT_FILES = Set.of(JsonReport.FILE, ConsoleReport.FILE, XlsxReport.FILE,
            HtmlReport.FILE, RobustReport.FILE, HtmlReport.ROBUST_FILE, AwardReport.FILE, PortfolioReport.FILE,
            OcdsReleasePackage.FILE, BidFormWorkbook.FILE);

    /** The one subfolder a write may make: a case folder's bids ({@code wte import-ocds}). */
    private static final Set<String> SUBFOLDERS = Set.of("bids");

    private static final String NEW = ".wte-new-";
    private static final String OLD = ".wte-old-";

    private final Path dir;
    /** The folder as the user named it, e.g. {@code --out results}, for problems. */
    private final String name;

    private OutputFolder(Path dir, String name) {
        this.dir = dir;
        this.name = name;
    }

    /** The folder at {@code path}, with every reason it cannot be written named against {@code option}. */
    public static OutputFolder at(Path path, String option, List<InputProblem> problems) {
        Path dir = path.toAbsolutePath().normalize();
        String name = option + " " + path;
        if (Files.isSymbolicLink(dir) && !Files.exists(dir)) {
            problems.add(new InputProblem(name, "", "is a link to nothing; give a folder"));
        } else if (Files.exists(dir) && !Files.isDirectory(dir)) {
            problems.add(new InputProblem(name, "", "is a file, not a folder"));
        } else if (Files.isDirectory(dir)) {
            List<String> foreign = foreignEntries(dir);
            if (!foreign.isEmpty()) {
                problems.add(new InputProblem(name, "", "holds files the engine did not write (" + String.join(", ",
                        foreign) + "); the folder is replaced as a whole, so give a new or empty folder"));
            }
        }
        Path parent = dir.getParent();
        Path existing = parent;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            problems.add(new InputProblem(name, "", existing + " is a file, so no folder can be made in it"));
        } else if (existing != null && !Files.isWritable(existing)) {
            problems.add(new InputProblem(name, "", "cannot be written: " + existing + " is read-only"));
        }
        return new OutputFolder(dir, name);
    }

    public Path path() {
        return dir;
    }

    /**
     * What goes into one output file, written straight to it so that a large evaluation is never held whole. Its name
     * may lead into a case folder's {@code bids/}, which is made as the file is written.
     */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;

        static Content of(byte[] bytes) {
            return out -> out.write(bytes);
        }
    }

    /**
     * {@link #replaceWith}, a failure (a full disk, a folder made read-only meanwhile) reported as a problem with the
     * folder as the user named it: the previous outputs are unchanged, so it is the user's to fix, not an internal
     * error.
     */
    public void write(Map<String, Content> files) throws InvalidInputException {
        try {
            replaceWith(files);
        } catch (IOException io) {
            throw new InvalidInputException(List.of(new InputProblem(name, "", "cannot be written (" + io
                    + "); the previous outputs, if any, are unchanged")));
        }
    }

    /** Replaces the folder's content with exactly {@code files}; on failure the previous content stays in place. */
    public void replaceWith(Map<String, Content> files) throws IOException {
        Path parent = dir.getParent();
        Files.createDirectories(parent);
        String tag = Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        Path staging = parent.resolve("." + dir.getFileName() + NEW + tag);
        Path aside = parent.resolve("." + dir.getFileName() + OLD + tag);
        try {
            Files.createDirectory(staging);
            for (Map.Entry<String, Content> e : files.entrySet()) {
                Path file = staging.resolve(e.getKey());
                if (SUBFOLDERS.contains(staging.relativize(file.getParent()).toString())) {
                    Files.createDirectories(file.getParent());
                }
                writeDurably(file, e.getValue());
            }
            if (Files.exists(dir)) {
                Files.move(dir, aside, StandardCopyOption.ATOMIC_MOVE);
                try {
                    Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    Files.move(aside, dir, StandardCopyOption.ATOMIC_MOVE);
                    throw e;
                }
            } else {
                Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            deleteWritten(staging, files.keySet());
        }
        clearLeftovers(parent);
    }

    private static void writeDurably(Path file, Content content) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
            content.writeTo(out);
            out.flush();
            ch.force(true);
        }
    }

    /** Removes the folders this or an interrupted earlier run set aside or left half-written. */
    private void clearLeftovers(Path parent) throws IOException {
        String prefix = "." + dir.getFileName();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, prefix + ".wte-*")) {
            for (Path p : s) {
                String n = p.getFileName().toString();
                if (n.startsWith(prefix + NEW) || n.startsWith(prefix + OLD)) {
                    deleteOurs(p);
                }
            }
        }
    }

    /**
     * Deletes what this run wrote into its staging folder, when the folder was not moved into place: the files, the
     * subfolders they made (a case folder's {@code bids/}), then the folder, each only once empty.
     */
    private static void deleteWritten(Path staging, Set<String> written) throws IOException {
        if (!Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Set<Path> folders = new TreeSet<>(java.util.Comparator.comparingInt(Path::getNameCount).reversed()
                .thenComparing(java.util.Comparator.naturalOrder()));
        for (String name : written) {
            Path file = staging.resolve(name);
            Files.deleteIfExists(file);
            for (Path f = file.getParent(); !f.equals(staging); f = f.getParent()) {
                folders.add(f);
            }
        }
        for (Path f : folders) {
            Files.deleteIfExists(f);
        }
        Files.deleteIfExists(staging);
    }

    /** Deletes a folder of outputs, file by file, leaving it in place if it holds anything else. */
    private static void deleteOurs(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !foreignEntries(folder).isEmpty()) {
            return;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
            for (Path p : s) {
                Files.delete(p);
            }
        }
        Files.delete(folder);
    }

    private static List<String> foreignEntries(Path folder) {
        List<String> foreign = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
            for (Path p : s) {
                String n = p.getFileName().toString();
                if (!OUTPUT_FILES.contains(n) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    foreign.add(n);
                }
            }
        } catch (AccessDeniedException e) {
            foreign.add("(cannot be listed: permission denied)");
        } catch (FileSystemException e) {
            foreign.add("(cannot be listed: " + e.getReason() + ")");
        } catch (IOException e) {
            foreign.add("(cannot be listed: " + e.getMessage() + ")");
        }
        return List.copyOf(new TreeSet<>(foreign));
    }
}
