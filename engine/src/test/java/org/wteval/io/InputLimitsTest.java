package org.wteval.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.CaseFolders;
import org.wteval.model.CaseSource;
import org.wteval.model.InputProblem;

/** Each bound that protects the machine, just under it (read) and just over it (reported, not read). */
class InputLimitsTest {

    @TempDir
    Path tmp;

    /** A flow mapping {@code depth} levels deep: {a: {a: ... {a: 1}}}. */
    private static byte[] depth(int depth) {
        return ("{a: ".repeat(depth) + "1" + "}".repeat(depth) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void nestingUpToTheLimitIsReadAndOneLevelMoreIsReported() {
        List<InputProblem> p = new ArrayList<>();
        assertNotNull(Yaml.parse(depth(InputLimits.MAX_NESTING_DEPTH), "deep.yaml", p));
        assertEquals(List.of(), p);
        assertNull(Yaml.parse(depth(InputLimits.MAX_NESTING_DEPTH + 1), "deep.yaml", p));
        assertEquals(1, p.size(), p.toString());
        assertEquals("nested deeper than 32 levels: a case or toolkit file needs no more than a few", p.get(0).message());
    }

    @Test
    void aFileUpToTheSizeLimitIsReadAndOneByteMoreIsNot() throws IOException {
        Path under = Files.write(tmp.resolve("under.yaml"), new byte[(int) InputLimits.MAX_FILE_BYTES]);
        Path over = Files.write(tmp.resolve("over.yaml"), new byte[(int) InputLimits.MAX_FILE_BYTES + 1]);
        List<InputProblem> p = new ArrayList<>();
        assertNotNull(InputLimits.read(under, "under.yaml", p));
        assertNull(InputLimits.read(over, "over.yaml", p));
        assertEquals(List.of(new InputProblem("over.yaml", "", "is 1,048,577 bytes; a case or toolkit file may hold "
                + "at most 1,048,576")), p);
    }

    @Test
    void aCaseOfTheMostBidsIsReadAndOneMoreIsReportedUnread() throws IOException {
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        Path bids = c.resolve("bids");
        // Empty files keep the test fast: each is read and reported as empty, none is skipped.
        byte[] bid = new byte[0];
        int present;
        try (var s = Files.list(bids)) {
            present = (int) s.count();
        }
        for (int i = present; i < InputLimits.MAX_BIDS; i++) {
            Files.write(bids.resolve(String.format("x%05d.yaml", i)), bid);
        }
        CaseSource atLimit = CaseFolderReader.read(c);
        assertFalse(atLimit.problems().stream().anyMatch(p -> p.message().contains("at most")),
                atLimit.problems().stream().limit(3).toList().toString());
        assertEquals(InputLimits.MAX_BIDS - present, atLimit.problems().stream()
                .filter(p -> p.message().equals("the file is empty")).count());
        assertEquals(present, atLimit.bids().size());

        Files.write(bids.resolve("x99999.yaml"), bid);
        CaseSource over = CaseFolderReader.read(c);
        assertEquals(List.of(new InputProblem("bids/", "", "holds 10,001 files; a case may hold at most 10,000")),
                over.problems());
        assertEquals(0, over.bids().size());
    }

    @Test
    void aContractOfTheMostYearsIsReadAndOneYearMoreIsReported() {
        // The schema caps operation at 40 years and construction at 6: 46 yearly columns per schedule.
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        CaseFolders.edit(c.resolve("tender.yaml"), "operationYears: 20", "operationYears: 40");
        CaseFolders.edit(c.resolve("tender.yaml"), "constructionYears: 2", "constructionYears: 6");
        assertEquals(List.of(), CaseFolderReader.read(c).problems());
        CaseFolders.edit(c.resolve("tender.yaml"), "operationYears: 40", "operationYears: 41");
        CaseFolders.edit(c.resolve("tender.yaml"), "constructionYears: 6", "constructionYears: 7");
        assertEquals(List.of("contract.constructionYears", "contract.operationYears"),
                CaseFolderReader.read(c).problems().stream().map(InputProblem::path).sorted().toList());
    }
}
