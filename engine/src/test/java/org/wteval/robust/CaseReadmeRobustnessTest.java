package org.wteval.robust;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.CaseFolderReader;
import org.wteval.pipeline.Evaluation;

/**
 * Each sample case's README states what {@code wte robust} says about its award at the default draws and seed: the
 * winner's share of the Monte Carlo draws it quotes must be the one the analysis gives, so the text cannot drift from
 * the engine.
 */
class CaseReadmeRobustnessTest {

    @ParameterizedTest
    @ValueSource(strings = {"vn-bac-ninh", "id-west-java", "id-west-java-2025", "in-lucknow", "mv-greater-male",
            "ph-metro-cebu", "th-songkhla", "th-songkhla-committee"})
    void theReadmeQuotesTheWinnersShareOfTheDraws(String id) throws Exception {
        Evaluation e = BundledRules.engine().evaluate(CaseFolderReader.read(CaseFolders.sample(id)));
        RobustAnalysis r = RobustAnalysis.of(e, RobustAnalysis.DEFAULT_DRAWS, RobustAnalysis.DEFAULT_SEED, 2);
        UncertainRanking.BidOutcome winner = r.monteCarlo().bids().stream()
                .filter(b -> b.bidId().equals(e.ranking().get(0).bidId())).findFirst().orElseThrow();
        double p = winner.winProbability();
        // "wins every draw" where it does, otherwise the share with two decimals as the summary prints it.
        String quoted = p == 1 ? winner.bidId() + " wins every draw"
                : String.format(Locale.ROOT, "%.2f%%", 100 * p);
        String readme = Files.readString(CaseFolders.sample(id).resolve("README.md")).replaceAll("\\s+", " ");
        assertTrue(readme.contains("./wte robust cases/" + id), id + ": no robust section");
        assertTrue(readme.contains(quoted), id + ": the README should quote " + quoted);
    }
}
