package org.wteval.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.CaseFolderReader;
import org.wteval.report.ConsoleReport;
import org.wteval.scoring.RankedBid;

/**
 * The rank-reversal warning: with lifecycle cost scored relative to the best bid (toolkit vn), the cheapest bid
 * sets every other bid's lifecycle score, so leaving it out can swap two others.
 */
class RankReversalTest {

    private static final Engine ENGINE = BundledRules.engine();

    @TempDir
    Path tmp;

    /**
     * vn-bac-ninh with B5's gate fee cut from 24 to 13 USD/t: authority costs B4 8.19, B5 12.29, B1 23.16 USD/t;
     * efficiency scores B1 66.14, B5 22.78; stability B1 100, B5 83.06. With B4 the cheapest: lifecycle B5
     * 100 × 8.19 / 12.29 = 66.65, B1 35.37; B1 = 0.3 × 66.14 + 0.3 × 100 + 0.4 × 35.37 = 63.99 > B5 = 0.3 × 22.78
     * + 0.3 × 83.06 + 0.4 × 66.65 = 58.41. Without B4, B5 is the cheapest: lifecycle B5 100, B1 100 × 12.29 / 23.16
     * = 53.07; B1 = 19.84 + 30 + 21.23 = 71.07 < B5 = 6.83 + 24.92 + 40 = 71.75, so B5 > B1.
     */
    @Test
    void removingTheCheapestBidSwapsTwoOthersAndTheReportSaysSo() throws Exception {
        Path c = CaseFolders.copy("vn-bac-ninh", tmp);
        // Before the committee's decision on B4, which stays ranked (provisionally).
        java.nio.file.Files.delete(c.resolve("committee.yaml"));
        CaseFolders.edit(c.resolve("bids/b5-hanoi-envirotech.yaml"), "tippingFeePerTonne: 24",
                "tippingFeePerTonne: 13");
        Evaluation e = ENGINE.evaluate(CaseFolderReader.read(c));
        assertEquals(List.of("B4", "B1", "B5"), e.ranking().stream().map(RankedBid::bidId).toList());
        assertEquals(1, e.rankReversals().size(), e.rankReversals().toString());
        RankReversal r = e.rankReversals().get(0);
        assertEquals("B4", r.removedBid());
        assertEquals(List.of("B1", "B5"), r.orderWith());
        assertEquals(List.of("B5", "B1"), r.orderWithout());
        assertEquals(List.of("B1 ahead of B5"), r.swapped());
        assertTrue(ConsoleReport.render(e)
                .contains("without B4 the order of the others becomes B5 > B1 (was B1 > B5)"));

        // The fast path without B4 ranks as a full evaluation of the case without B4's bid.
        Files.delete(c.resolve("bids/b4-saigon-lowcost.yaml"));
        Evaluation without = ENGINE.evaluate(CaseFolderReader.read(c));
        FastPath fast = FastPath.of(e);
        int b4 = 0;
        while (!fast.bidId(b4).equals("B4")) {
            b4++;
        }
        FastPath rest = fast.without(b4);
        FastPath.Workspace ws = rest.workspace();
        rest.run(ws);
        List<String> order = new ArrayList<>();
        for (int k = 0; k < rest.size(); k++) {
            order.add(rest.bidId(ws.ranked(k)));
            assertEquals(without.ranking().get(k).total(), ws.total(ws.ranked(k)), 0);
        }
        assertEquals(without.ranking().stream().map(RankedBid::bidId).toList(), order);
    }

    @Test
    void theSampleCasesHaveNoReversal() throws Exception {
        for (String id : List.of("vn-bac-ninh", "id-west-java", "th-songkhla")) {
            assertEquals(List.of(), ENGINE.evaluate(CaseFolderReader.read(CaseFolders.sample(id))).rankReversals(), id);
        }
    }

    /**
     * The check re-ranks only the bids that alone hold a criterion's lowest or highest metric. Its premise, checked
     * bid by bid on every sample case: leaving out any other bid leaves the others in the same order.
     */
    @Test
    void leavingOutABidThatHoldsNoExtremeNeverReordersTheOthers() throws Exception {
        int checked = 0;
        for (String id : List.of("id-west-java", "in-lucknow", "mv-greater-male", "ph-metro-cebu", "th-songkhla",
                "th-songkhla-committee", "vn-bac-ninh", "many")) {
            Path dir = id.equals("many") ? CaseFolders.manyBids(tmp, 6, 20261202) : CaseFolders.sample(id);
            FastPath fast = FastPath.of(ENGINE.evaluate(CaseFolderReader.read(dir)));
            FastPath.Workspace ws = fast.workspace();
            fast.run(ws);
            boolean[] suspect = fast.soleExtremes(ws);
            for (int i = 0; i < fast.size(); i++) {
                if (suspect[i]) {
                    continue;
                }
                FastPath rest = fast.without(i);
                FastPath.Workspace rws = rest.workspace();
                fast.rankWithout(ws, i, rest, rws);
                List<String> with = new ArrayList<>();
                for (int k = 0; k < fast.size(); k++) {
                    if (ws.ranked(k) != i) {
                        with.add(fast.bidId(ws.ranked(k)));
                    }
                }
                List<String> without = new ArrayList<>();
                for (int k = 0; k < rest.size(); k++) {
                    without.add(rest.bidId(rws.ranked(k)));
                }
                assertEquals(with, without, id + " without " + fast.bidId(i));
                checked++;
            }
        }
        assertTrue(checked >= 20, "too few bids hold no extreme to test the premise: " + checked);
    }


    @Test
    void aReversalOfManyBidsIsSummarisedAndItsPairsAreFoundInTheWindowThatMoved() {
        List<String> with = new ArrayList<>();
        for (int k = 1; k <= 40; k++) {
            with.add("G" + k);
        }
        // G5..G30 reverse their order; G1..G4 and G31..G40 keep their places.
        List<String> without = new ArrayList<>(with.subList(0, 4));
        List<String> middle = new ArrayList<>(with.subList(4, 30));
        java.util.Collections.reverse(middle);
        without.addAll(middle);
        without.addAll(with.subList(30, 40));
        RankReversal r = new RankReversal("X", with, without);
        // 26 reversed bids swap every pair among them: 26 × 25 / 2.
        assertEquals(26 * 25 / 2, r.swapped().size());
        assertEquals("without X the others ranked 5 to 30 among them (26 bids) change places: G30 comes first of "
                + "them, where G5 was", r.message());
        RankReversal small = new RankReversal("X", List.of("A", "B", "C"), List.of("C", "B", "A"));
        assertEquals(List.of("A ahead of B", "A ahead of C", "B ahead of C"), small.swapped());
    }
}
