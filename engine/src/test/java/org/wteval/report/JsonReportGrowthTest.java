package org.wteval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.CaseFolderReader;

/**
 * What the report says about one bid must not grow with the number of bids, or a large tender's report grows with
 * the square of its bids: the relative-to-best score names every bid's value only while there are few of them.
 */
class JsonReportGrowthTest {

    @Test
    void aBidsShareOfTheReportStaysTheSameAsTheTenderGrows(@TempDir Path tmp) throws Exception {
        // vn-bac-ninh's 5 bids, each bid again 8 and 15 times: 45 and 80 bids, both with more qualified bids than
        // the 20 a formula lists.
        JsonNode small = report(CaseFolders.manyBids(tmp.resolve("a"), 8, 7));
        JsonNode large = report(CaseFolders.manyBids(tmp.resolve("b"), 15, 7));
        assertEquals(45, small.path("bids").size());
        assertEquals(80, large.path("bids").size());
        assertTrue(qualified(small) > 20, "qualified: " + qualified(small));
        double perBidSmall = bidBytes(small) / 45.0;
        double perBidLarge = bidBytes(large) / 80.0;
        // Longer ids (B4x12 against B4x8) add about 100 bytes a bid; listing every value would add about 14 more
        // for each of the 20-odd extra qualified bids, in each score relative to the best.
        assertTrue(perBidLarge - perBidSmall < 200, perBidSmall + " bytes a bid at 45 bids, " + perBidLarge + " at 80");

        String best = large.path("tender").path("figures").path("lifecycleBestQualifiedValue").path("formula")
                .asText();
        assertTrue(best.contains("among the " + qualified(large) + " qualified bids"), best);
        assertFalse(best.contains(", "), "no list of values: " + best);
    }

    @Test
    void theBestValueIsWrittenOnceAndEveryBidsScoreRefersToIt() throws Exception {
        JsonNode r = report(CaseFolders.sample("vn-bac-ninh"));
        JsonNode best = r.path("tender").path("figures").path("lifecycleBestQualifiedValue");
        assertTrue(best.path("inputs").path("authorityCostPerTonneReal").has("inputs"), "the best bid's whole tree");
        int ranked = 0;
        for (JsonNode b : r.path("bids")) {
            // A bid the committee rejected is not scored.
            if (b.path("rank").isNull()) {
                continue;
            }
            ranked++;
            JsonNode ref = b.path("figures").path("lifecycleScore").path("inputs").path("bestQualifiedValue");
            assertEquals("tender.lifecycleBestQualifiedValue", ref.path("ref").asText(), b.path("id").asText());
            assertEquals(best.path("value").doubleValue(), ref.path("value").doubleValue());
        }
        assertEquals(2, ranked);
    }

    @Test
    void aFewBidsAreListedWithTheirValues() throws Exception {
        JsonNode r = report(CaseFolders.sample("vn-bac-ninh"));
        String best = r.path("tender").path("figures").path("lifecycleBestQualifiedValue").path("formula").asText();
        assertTrue(best.matches(".*among the qualified bids \\(\\w+ [0-9.]+(, \\w+ [0-9.]+)+\\): \\w+'s"), best);
    }

    private static JsonNode report(Path dir) throws Exception {
        return new ObjectMapper().readTree(JsonReport.render(BundledRules.engine().evaluate(CaseFolderReader.read(dir))));
    }

    private static int qualified(JsonNode report) {
        int n = 0;
        for (JsonNode b : report.path("bids")) {
            n += b.path("qualified").asBoolean() ? 1 : 0;
        }
        return n;
    }

    private static long bidBytes(JsonNode report) {
        long n = 0;
        for (JsonNode b : report.path("bids")) {
            n += b.toString().length();
        }
        return n;
    }
}
