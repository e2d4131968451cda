package org.wteval.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.CaseFolders;
import org.wteval.model.CaseSource;
import org.wteval.model.Committee;
import org.wteval.model.InputProblem;

/** The committee's files are read beside the tender and bids, each checked against its schema where it stands. */
class CaseFolderReaderTest {

    @TempDir
    Path tmp;

    @Test
    void aCaseWithoutCommitteeFilesHasNoCommitteeInput() {
        // West Java's committee has not met: the sample keeps its ranking provisional.
        CaseSource s = CaseFolderReader.read(CaseFolders.sample("id-west-java"));
        assertEquals(List.of(), s.problems());
        assertEquals(Committee.none(), s.committee());
    }

    @Test
    void decisionsAndScoreSheetsAreReadAndNamedByTheirFiles() throws IOException {
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        Files.writeString(c.resolve("committee.yaml"), """
                decisions:
                  - bidId: B4
                    outcome: rejected
                    reason: "the price analysis shows O&M below the cost of its own staffing plan"
                    date: "2027-03-14"
                    decidedBy: "Evaluation committee, minutes no. 7"
                """);
        Files.createDirectories(c.resolve("evaluators"));
        Files.writeString(c.resolve("evaluators/anh.yaml"), """
                evaluator: "Nguyen Anh"
                conflicts: [B3]
                scores:
                  B1: {omPlan: 8, environment: 7}
                """);
        CaseSource s = CaseFolderReader.read(c);
        assertEquals(List.of(), s.problems());
        assertEquals("B4", s.committee().decisions().get(0).bidId());
        assertEquals(Committee.REJECTED, s.committee().decisions().get(0).outcome());
        assertEquals(List.of("B3"), s.committee().scoreSheets().get(0).conflicts());
        assertEquals(8.0, s.committee().scoreSheets().get(0).scores().get("B1").get("omPlan"));
        assertEquals("evaluators/anh.yaml", s.sources().scoreSheet(0, "scores.B1.omPlan").file());
        assertTrue(s.files().stream().anyMatch(f -> f.name().equals("committee.yaml")), "hashed for the audit");
    }

    @Test
    void everyProblemInTheCommitteeFilesIsReportedWithFileAndField() throws IOException {
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        Files.writeString(c.resolve("committee.yaml"), """
                decisions:
                  - bidId: B4
                    outcome: postponed
                    date: "2027-03-14"
                    decidedBy: "the committee"
                  - bidId: B2
                    outcome: accepted
                    date: "2027-03-14"
                    decidedBy: "the committee"
                """);
        Files.createDirectories(c.resolve("evaluators"));
        Files.writeString(c.resolve("evaluators/anh.yaml"), """
                evaluator: "Nguyen Anh"
                scores:
                  B1: {omPlan: "good"}
                """);
        List<String> found = CaseFolderReader.read(c).problems().stream().map(InputProblem::toString).toList();
        assertTrue(found.stream().anyMatch(p -> p.startsWith("committee.yaml: decisions[0].outcome")), found.toString());
        // An acceptance must cite the bidder's explanation.
        assertTrue(found.stream().anyMatch(p -> p.startsWith("committee.yaml: decisions[1]")
                && p.contains("explanationReference")), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.startsWith("evaluators/anh.yaml: scores.B1.omPlan")),
                found.toString());
    }
}
