package org.wteval.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.model.InputProblem;

/** The output folder is replaced as a whole: old set or new set, never a mix, and never someone else's files. */
class OutputFolderTest {

    @TempDir
    Path tmp;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static OutputFolder.Content content(String s) {
        return OutputFolder.Content.of(bytes(s));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private OutputFolder folder(Path path, List<InputProblem> problems) {
        return OutputFolder.at(path, "--out", problems);
    }

    @Test
    void aNewSetReplacesTheOldOneWholeAndLeavesNothingBehind() throws IOException {
        Path out = tmp.resolve("out");
        List<InputProblem> problems = new ArrayList<>();
        folder(out, problems).replaceWith(Map.of(JsonReport.FILE, content("{1}"), ConsoleReport.FILE, content("r1"),
                XlsxReport.FILE, content("x1")));
        folder(out, problems).replaceWith(Map.of(JsonReport.FILE, content("{2}"), ConsoleReport.FILE, content("r2")));
        assertEquals(List.of(), problems);
        // The workbook of the first run does not stay beside the second run's evaluation.
        assertEquals(List.of(JsonReport.FILE, ConsoleReport.FILE), names(out));
        assertArrayEquals(bytes("{2}"), Files.readAllBytes(out.resolve(JsonReport.FILE)));
        assertEquals(List.of("out"), names(tmp), "no staging or set-aside folder is left");
    }

    @Test
    void theLeftoversOfAKilledRunAreClearedByTheNextOne() throws IOException {
        Path out = tmp.resolve("out");
        // A run killed between its two renames: the old set aside, the new set staged, no folder in place.
        Path aside = Files.createDirectory(tmp.resolve(".out.wte-old-1a"));
        Files.write(aside.resolve(JsonReport.FILE), bytes("{old}"));
        Path staged = Files.createDirectory(tmp.resolve(".out.wte-new-1a"));
        Files.write(staged.resolve(JsonReport.FILE), bytes("{half"));
        folder(out, new ArrayList<>()).replaceWith(Map.of(JsonReport.FILE, content("{3}")));
        assertEquals(List.of("out"), names(tmp));
    }

    @Test
    void aFolderWithOtherFilesIsRefusedAndKept() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("case"));
        Files.write(out.resolve("tender.yaml"), bytes("id: x\n"));
        List<InputProblem> problems = new ArrayList<>();
        folder(out, problems);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("holds files the engine did not write (tender.yaml)"),
                problems.get(0).message());
    }

    @Test
    void aFileALinkToNothingAndAFileOnThePathAreRefused() throws IOException {
        Path file = Files.write(tmp.resolve("file"), bytes("x"));
        Path dangling = Files.createSymbolicLink(tmp.resolve("dangling"), tmp.resolve("missing"));
        List<InputProblem> problems = new ArrayList<>();
        folder(file, problems);
        folder(dangling, problems);
        folder(file.resolve("sub/out"), problems);
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("is a file, not a folder"));
        assertTrue(problems.get(1).message().contains("is a link to nothing"));
        assertTrue(problems.get(2).message().contains("is a file, so no folder can be made in it"));
    }

    @Test
    void aPathThatClimbsOutOfAMissingFolderIsWrittenWhereItPoints() throws IOException {
        Path out = tmp.resolve("missing/../out");
        List<InputProblem> problems = new ArrayList<>();
        OutputFolder f = folder(out, problems);
        f.replaceWith(Map.of(JsonReport.FILE, content("{}")));
        assertEquals(List.of(), problems);
        assertTrue(Files.isRegularFile(tmp.resolve("out").resolve(JsonReport.FILE)));
        assertFalse(Files.exists(tmp.resolve("missing")));
    }

    @Test
    void aFailedWriteLeavesThePreviousSetInPlace() throws IOException {
        Path out = tmp.resolve("out");
        folder(out, new ArrayList<>()).replaceWith(Map.of(JsonReport.FILE, content("{1}")));
        // A file name that cannot be created stands for any write failure (a full disk, a lost mount).
        assertThrows(IOException.class, () -> folder(out, new ArrayList<>())
                .replaceWith(Map.of(JsonReport.FILE, content("{2}"), "no/such/dir", content("x"))));
        assertArrayEquals(bytes("{1}"), Files.readAllBytes(out.resolve(JsonReport.FILE)));
        assertEquals(List.of("out"), names(tmp));
    }
}
