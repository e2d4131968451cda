package org.wteval.optimise.award;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.Bundled;
import org.wteval.io.CaseFolderReader;
import org.wteval.optimise.award.domain.AwardOption;
import org.wteval.optimise.award.domain.Objective;
import org.wteval.optimise.award.solver.AwardSolverSettings;
import org.wteval.optimise.award.solver.LotAwardSolver;
import org.wteval.pipeline.Engine;

/**
 * What cases/vn-multilot/README.md says the award chooses, worked by hand from the lots' ranking totals (points, the
 * weighted sum of each lot's evaluation): B1 scores highest at every lot (73.413, 76.050, 82.407), but the cap of two
 * lots per supplier keeps it from all three; of the awards the cap allows, B1 at North and South with B5 at East
 * (73.413 + 76.050 + 69.689 = 219.152) beats B1 at North and East with B5 at South (73.413 + 82.407 + 62.128 =
 * 217.948), B1 at South and East with B5 at North (76.050 + 82.407 + 58.141 = 216.598) and the package B6 with B1 at
 * East (66.034 + 70.205 + 82.407 = 218.646), which is the runner-up, 0.506 points behind.
 */
class MultilotSampleTest {

    @TempDir
    static Path tmp;

    private static LotAwardSolver solver;

    @BeforeAll
    static void buildSolver() {
        solver = new LotAwardSolver(AwardSolverSettings.DEFAULT);
    }

    @Test
    void theCapSendsEastToTheSecondBestBidAndThePackageIsTheRunnerUp() throws Exception {
        AwardAnswer a = LotAwardAnalysis.of(BundledRules.engine(), solver,
                CaseFolderReader.read(CaseFolders.sample("vn-multilot")));
        assertEquals(List.of("B1", "B1", "B5"), bids(a.lots().stream().map(AwardAnswer.LotResult::award).toList()));
        assertEquals(73_413 + 76_050 + 69_689, a.score().getSoftScore());
        assertEquals(0, a.score().getHardScore());
        assertEquals(0, a.score().getMediumScore());
        assertEquals(List.of("B6", "B6", "B1"), bids(a.runnerUp().awards()));
        assertEquals(66_034 + 70_205 + 82_407, a.runnerUp().score().getSoftScore());
        assertEquals(506, a.score().getSoftScore() - a.runnerUp().score().getSoftScore());
    }

    @Test
    void withoutTheCapB1WinsEveryLot() throws Exception {
        Path c = CaseFolders.copy("vn-multilot", tmp);
        CaseFolders.edit(c.resolve("tender.yaml"), "lotDetails:\n  maximumLotsAwardedPerSupplier: 2\n", "");
        AwardAnswer a = LotAwardAnalysis.of(BundledRules.engine(), solver, CaseFolderReader.read(c));
        assertEquals(List.of("B1", "B1", "B1"), bids(a.lots().stream().map(AwardAnswer.LotResult::award).toList()));
        assertEquals(73_413 + 76_050 + 82_407, a.score().getSoftScore());
    }

    /**
     * A minimum score of 70 at East puts B5 (69.689) out of it; B1 must then take East and one other lot, and the
     * package wins: B6 at North and South with B1 at East, 218.646, over B1 at North and East with B5 at South,
     * 217.948, and B1 at South and East with B5 at North, 216.598.
     */
    @Test
    void aMinimumScoreAtEastLetsThePackageWin() throws Exception {
        Path c = CaseFolders.copy("vn-multilot", tmp.resolve("minimum"));
        CaseFolders.edit(c.resolve("tender.yaml"), "tonnesPerDay: 450, guaranteedTonnesPerYear: 145000}",
                "tonnesPerDay: 450, guaranteedTonnesPerYear: 145000, minimumScore: 70}");
        AwardAnswer a = LotAwardAnalysis.of(BundledRules.engine(), solver, CaseFolderReader.read(c));
        assertEquals(List.of("B6", "B6", "B1"), bids(a.lots().stream().map(AwardAnswer.LotResult::award).toList()));
        assertEquals(66_034 + 70_205 + 82_407, a.score().getSoftScore());
        assertEquals(List.of("total score 69.689 is below the lot's minimum score 70"),
                a.lots().get(2).options().get(2).ineligibility());
    }

    /**
     * Under a toolkit ranking by lowest lifecycle cost the award minimises the authority's lifecycle cost (present
     * value, USD) over the lots: the package B6 at North and South (37,131,138 + 35,645,893) with B5 at East
     * (36,456,027) costs 109,233,058; the runner-up moves East to B1 (41,013,030), 4,557,003 dearer; B2 (25,823,019
     * at East) is disqualified.
     */
    @Test
    void aLowestCostMethodMinimisesTheAuthorityLifecycleCost() throws Exception {
        Path toolkits = Files.createDirectories(tmp.resolve("toolkits"));
        try (Stream<Path> files = Files.list(Bundled.toolkits())) {
            for (Path f : files.toList()) {
                Files.copy(f, toolkits.resolve(f.getFileName()));
            }
        }
        CaseFolders.edit(toolkits.resolve("vn.yaml"), "parameters:\n", "parameters:\n  scoring:\n    method:\n"
                + "      value: lowest-lifecycle-cost\n      unit: method\n      source: a test's toolkit\n"
                + "      effective: \"2026\"\n      status: assumed\n");
        AwardAnswer a = LotAwardAnalysis.of(Engine.of(BundledRules.book(), toolkits), solver,
                CaseFolderReader.read(CaseFolders.sample("vn-multilot")));
        assertEquals(Objective.LOWEST_COST, a.objective());
        assertEquals(List.of("B6", "B6", "B5"), bids(a.lots().stream().map(AwardAnswer.LotResult::award).toList()));
        assertEquals(-(37_131_138L + 35_645_893L + 36_456_027L), a.score().getSoftScore());
        assertEquals(List.of("B6", "B6", "B1"), bids(a.runnerUp().awards()));
        assertEquals(41_013_030L - 36_456_027L, a.score().getSoftScore() - a.runnerUp().score().getSoftScore());
    }

    /**
     * With East fixed to B1 by the committee, B1 may take one lot more: the package at North and South (66.034 +
     * 70.205 + 82.407 = 218.646) beats B1 at North with B5 at South (73.413 + 62.128 + 82.407 = 217.948), the
     * runner-up, and B1 at South with B5 at North (216.598).
     */
    @Test
    void aLotTheCommitteeFixedIsKept() throws Exception {
        Path c = CaseFolders.copy("vn-multilot", tmp.resolve("fixed"));
        Files.writeString(c.resolve("committee.yaml"), """
                lotAwards:
                  - {lot: L3, bidId: B1, date: "2026-03-21", decidedBy: minutes no. 5}
                """);
        AwardAnswer a = LotAwardAnalysis.of(BundledRules.engine(), solver, CaseFolderReader.read(c));
        assertEquals(List.of("B6", "B6", "B1"), bids(a.lots().stream().map(AwardAnswer.LotResult::award).toList()));
        assertEquals(66_034 + 70_205 + 82_407, a.score().getSoftScore());
        assertEquals(List.of("B1 at 82.407 points: fixed by the committee (minutes no. 5, 2026-03-21)"),
                a.lots().get(2).why());
        assertEquals(List.of("B1", "B5", "B1"), bids(a.runnerUp().awards()));
        assertEquals(73_413 + 62_128 + 82_407, a.runnerUp().score().getSoftScore());
    }

    private static List<String> bids(List<AwardOption> awards) {
        return Arrays.asList(awards.stream().map(o -> o == null ? null : o.bidId()).toArray(String[]::new));
    }
}
