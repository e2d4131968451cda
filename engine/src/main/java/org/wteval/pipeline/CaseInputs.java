package org.wteval.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wteval.io.CaseLoader;
import org.wteval.io.InputProblem;
import org.wteval.io.InvalidInputException;
import org.wteval.io.SourceFile;
import org.wteval.io.ToolkitLoader;
import org.wteval.calc.BidMetrics;
import org.wteval.model.Criterion;
import org.wteval.resolve.Resolver;
import org.wteval.scoring.ScoringSpec;
import org.wteval.resolve.Resolver.ResolvedCase;
import org.wteval.scoring.EvaluationMethods;
import org.wteval.scoring.Ranking;

/**
 * A case read, validated and resolved: everything an evaluation needs except the rules.
 *
 * @param caseFiles the case's files with their digests
 * @param toolkitFiles the toolkit layers used, with their digests
 */
public record CaseInputs(ResolvedCase resolved, List<SourceFile> caseFiles, List<SourceFile> toolkitFiles) {

    /** Reads and checks a case folder, reporting every problem in every file at once. */
    public static CaseInputs load(Path caseDir, Path toolkitsDir) throws InvalidInputException {
        return load(caseDir, toolkitsDir, null);
    }

    /**
     * Reads and checks a case folder under the toolkit {@code toolkitId} instead of the tender's own country (for
     * comparing toolkits); {@code null} keeps the tender's.
     */
    public static CaseInputs load(Path caseDir, Path toolkitsDir, String toolkitId) throws InvalidInputException {
        List<InputProblem> problems = new ArrayList<>();
        CaseLoader.Loaded loaded = CaseLoader.load(caseDir, problems);
        if (loaded.tender() == null) {
            throw new InvalidInputException(problems);
        }
        InputProblem askedBy = toolkitId == null
                ? new InputProblem(CaseLoader.TENDER_FILE, "country", "unknown country")
                : new InputProblem("command line", "toolkit", "unknown toolkit");
        ToolkitLoader.Loaded toolkit = new ToolkitLoader(toolkitsDir).load(
                toolkitId == null ? loaded.tender().country() : toolkitId, askedBy, problems);
        if (toolkit == null) {
            // The bids can still be checked against the tender, so report their problems too.
            loaded.bids().forEach(b -> Resolver.resolveBid(b, loaded.tender(), problems));
            throw new InvalidInputException(problems);
        }
        String[] badMethod = EvaluationMethods.check(toolkit.toolkit());
        if (badMethod != null) {
            problems.add(new InputProblem("toolkits/" + toolkit.toolkit().id() + ".yaml", "parameters." + badMethod[0],
                    badMethod[1]));
        }
        for (Criterion c : Criterion.values()) {
            String[] badScoring = ScoringSpec.check(toolkit.toolkit(), c);
            if (badScoring != null) {
                problems.add(new InputProblem("toolkits/" + toolkit.toolkit().id() + ".yaml",
                        "parameters." + badScoring[0], badScoring[1]));
            }
        }
        if (!toolkit.toolkit().has(BidMetrics.GRID_FACTOR)) {
            for (CaseLoader.BidFile b : loaded.bids()) {
                if (b.bid().jcm() != null) {
                    problems.add(new InputProblem(b.file(), "jcm", "JCM screening needs GHG accounting, but toolkit "
                            + toolkit.toolkit().id() + " has no " + BidMetrics.GRID_FACTOR));
                }
            }
        }
        String tieBreak = toolkit.toolkit().text("scoring.tieBreak");
        if (!Ranking.TIE_BREAKS.contains(tieBreak)) {
            problems.add(new InputProblem("toolkits/" + toolkit.toolkit().id() + ".yaml", "parameters.scoring.tieBreak",
                    "unknown tie-break rule '" + tieBreak + "'; known: " + String.join(", ", Ranking.TIE_BREAKS)));
        }
        ResolvedCase resolved = Resolver.resolve(loaded.tender(), toolkit.toolkit(), loaded.bids(), problems);
        InvalidInputException.throwIfAny(problems);
        return new CaseInputs(resolved, loaded.files(), toolkit.files());
    }
}
