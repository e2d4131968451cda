package org.wteval.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.CaseFolders;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.CaseSource;
import org.wteval.model.InputProblem;

/**
 * The cross-file checks of a tender divided into lots, one class of problem per test, each reported at its file and
 * field; several problems are reported together. The case is the Bac Ninh sample divided into three lots, every bid
 * offered for all three.
 */
class LotChecksTest {

    @TempDir
    Path tmp;

    private Path c;

    @BeforeEach
    void lotsCase() throws IOException {
        c = CaseFolders.copy("vn-bac-ninh", tmp);
        append("tender.yaml", """
                lots:
                  - {id: L1, title: North, site: Que Vo, tonnesPerDay: 200, guaranteedTonnesPerYear: 64000}
                  - {id: L2, title: South, site: Thuan Thanh, tonnesPerDay: 150, guaranteedTonnesPerYear: 48000}
                  - {id: L3, title: East, site: Luong Tai, tonnesPerDay: 150, guaranteedTonnesPerYear: 48000}
                lotGroups:
                  - {id: G1, title: North and South, relatedLots: [L1, L2]}
                lotDetails: {maximumLotsAwardedPerSupplier: 2}
                """);
        for (String bid : bidFiles()) {
            append(bid, "relatedLots: [L1, L2, L3]\n");
        }
    }

    @Test
    void aSoundCaseHasNoProblem() {
        assertEquals(List.of(), problems());
    }

    @Test
    void aBidForALotThatDoesNotExist() {
        edit("bids/b2-eurogrid.yaml", "relatedLots: [L1, L2, L3]", "relatedLots: [L1, L9]");
        assertEquals(List.of("bids/b2-eurogrid.yaml: relatedLots: names lot 'L9', which the tender does not have"),
                problems());
    }

    @Test
    void aPackageNamingALotTwice() {
        edit("tender.yaml", "relatedLots: [L1, L2]", "relatedLots: [L1, L1]");
        assertEquals(List.of("tender.yaml: lotGroups[0].relatedLots: names lot 'L1' twice; a lot group covers each "
                + "lot once"), problems());
    }

    @Test
    void aBidNamingALotTwice() {
        edit("bids/b3-delta-thermal.yaml", "relatedLots: [L1, L2, L3]", "relatedLots: [L3, L3]");
        assertEquals(List.of("bids/b3-delta-thermal.yaml: relatedLots: names lot 'L3' twice; a bid covers each lot "
                + "once"), problems());
    }

    @Test
    void aBidNamingBothLotsAndAPackage() {
        edit("bids/b1-nihon-vn.yaml", "relatedLots: [L1, L2, L3]", "relatedLots: [L3]\nrelatedLotGroup: G1");
        assertEquals(List.of("bids/b1-nihon-vn.yaml: relatedLotGroup: a bid for a tender with lots names either the "
                + "lots it is offered for (relatedLots) or the one lot group it is a package bid for (relatedLotGroup), "
                + "not both"), problems());
    }

    @Test
    void aBidNamingNeitherLotsNorAPackage() {
        edit("bids/b1-nihon-vn.yaml", "relatedLots: [L1, L2, L3]\n", "");
        assertEquals(List.of("bids/b1-nihon-vn.yaml: relatedLots: a bid for a tender with lots names either the "
                + "lots it is offered for (relatedLots) or the one lot group it is a package bid for (relatedLotGroup), "
                + "not neither"), problems());
    }

    @Test
    void aPackageBidForAGroupThatDoesNotExist() {
        edit("bids/b5-hanoi-envirotech.yaml", "relatedLots: [L1, L2, L3]", "relatedLotGroup: G7");
        assertEquals(List.of("bids/b5-hanoi-envirotech.yaml: relatedLotGroup: names lot group 'G7', which the tender "
                + "does not have"), problems());
    }

    @Test
    void twoBuildCapacitiesForOneBidder() {
        edit("bids/b2-eurogrid.yaml", "bidder: EuroGrate Energy Ltd", "bidder: Nihon-Viet WtE Consortium");
        append("bids/b1-nihon-vn.yaml", "buildCapacityTonnesPerDay: 300\n");
        append("bids/b2-eurogrid.yaml", "buildCapacityTonnesPerDay: 350\n");
        assertEquals(List.of("bids/b2-eurogrid.yaml: buildCapacityTonnesPerDay: bidder Nihon-Viet WtE Consortium "
                + "states a build capacity of 350 t/d here but 300 t/d in bid B1; one bidder has one capacity"),
                problems());
    }

    @Test
    void fixedAwardsNamingAnUnknownLotAnUnknownBidOrABidNotOfferedForTheLot() {
        edit("bids/b3-delta-thermal.yaml", "relatedLots: [L1, L2, L3]", "relatedLots: [L1]");
        append("committee.yaml", """
                lotAwards:
                  - {lot: L9, bidId: B1, date: "2026-03-21", decidedBy: minutes no. 5}
                  - {lot: L1, bidId: B8, date: "2026-03-21", decidedBy: minutes no. 5}
                  - {lot: L2, bidId: B3, date: "2026-03-21", decidedBy: minutes no. 5}
                """);
        assertEquals(List.of(
                "committee.yaml: lotAwards[0].lot: names lot 'L9', which the tender does not have",
                "committee.yaml: lotAwards[1].bidId: names bid 'B8', which the case does not have",
                "committee.yaml: lotAwards[2].bidId: bid 'B3' is not offered for lot 'L2'"), problems());
    }

    @Test
    void lotFieldsInATenderOfOneSite() throws IOException {
        Path one = CaseFolders.copy("vn-bac-ninh", Files.createDirectories(tmp.resolve("one")));
        Files.writeString(one.resolve("tender.yaml"), """
                lotGroups:
                  - {id: G1, title: North and South, relatedLots: [L1, L2]}
                lotDetails: {maximumLotsAwardedPerSupplier: 2}
                """, StandardOpenOption.APPEND);
        Files.writeString(one.resolve("bids/b1-nihon-vn.yaml"), "relatedLots: [L1]\n", StandardOpenOption.APPEND);
        Files.writeString(one.resolve("bids/b2-eurogrid.yaml"), "relatedLotGroup: G1\n", StandardOpenOption.APPEND);
        Files.writeString(one.resolve("committee.yaml"), """
                lotAwards:
                  - {lot: L1, bidId: B1, date: "2026-03-21", decidedBy: minutes no. 5}
                """, StandardOpenOption.APPEND);
        assertEquals(List.of(
                "bids/b1-nihon-vn.yaml: relatedLots: names lots, but the tender has none",
                "bids/b2-eurogrid.yaml: relatedLotGroup: names a lot group, but the tender has none",
                "committee.yaml: lotAwards: awards lots, but the tender has none",
                "tender.yaml: lotDetails: sets rules across lots, but the tender has none (lots)",
                "tender.yaml: lotGroups: groups lots, but the tender has none (lots)"), problems(one));
    }

    @Test
    void aCapOfZeroIsRefusedByTheSchema() {
        edit("tender.yaml", "maximumLotsAwardedPerSupplier: 2", "maximumLotsAwardedPerSupplier: 0");
        assertEquals(List.of("tender.yaml: lotDetails.maximumLotsAwardedPerSupplier: must have a minimum value of 1"),
                readingProblems(c));
    }

    @Test
    void severalProblemsAreReportedTogether() {
        edit("tender.yaml", "relatedLots: [L1, L2]", "relatedLots: [L1, L4]");
        edit("bids/b2-eurogrid.yaml", "relatedLots: [L1, L2, L3]", "relatedLots: [L2, L2]");
        edit("bids/b4-saigon-lowcost.yaml", "relatedLots: [L1, L2, L3]", "relatedLotGroup: G2");
        append("committee.yaml", """
                lotAwards:
                  - {lot: L3, bidId: B9, date: "2026-03-21", decidedBy: minutes no. 5}
                """);
        assertEquals(List.of(
                "bids/b2-eurogrid.yaml: relatedLots: names lot 'L2' twice; a bid covers each lot once",
                "bids/b4-saigon-lowcost.yaml: relatedLotGroup: names lot group 'G2', which the tender does not have",
                "committee.yaml: lotAwards[0].bidId: names bid 'B9', which the case does not have",
                "tender.yaml: lotGroups[0].relatedLots: names lot 'L4', which the tender does not have"), problems());
    }

    private List<String> problems() {
        return problems(c);
    }

    /** The cross-file problems, sorted by file and field; the case must read without a problem of its own. */
    private static List<String> problems(Path caseDir) {
        CaseSource source = CaseFolderReader.read(caseDir);
        assertEquals(List.of(), source.problems(), "the files themselves are sound");
        List<InputProblem> problems = new ArrayList<>();
        LotChecks.check(source, problems);
        return problems.stream().sorted().map(InputProblem::toString).toList();
    }

    private static List<String> readingProblems(Path caseDir) {
        return CaseFolderReader.read(caseDir).problems().stream().sorted().map(InputProblem::toString).toList();
    }

    private List<String> bidFiles() throws IOException {
        try (var s = Files.list(c.resolve("bids"))) {
            return s.map(p -> "bids/" + p.getFileName()).sorted().toList();
        }
    }

    private void append(String file, String text) {
        try {
            Files.writeString(c.resolve(file), text, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void edit(String file, String from, String to) {
        CaseFolders.edit(c.resolve(file), from, to);
    }
}
