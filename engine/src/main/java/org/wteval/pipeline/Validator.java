package org.wteval.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.wteval.calc.BidMetrics;
import org.wteval.io.ToolkitLoader;
import org.wteval.model.CaseSource;
import org.wteval.model.Criterion;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;
import org.wteval.model.SourceLocation;
import org.wteval.model.Toolkit;
import org.wteval.resolve.Resolver;
import org.wteval.resolve.Resolver.ResolvedCase;
import org.wteval.scoring.ScoringSpec;
import org.wteval.scoring.EvaluationMethods;
import org.wteval.scoring.TieBreak;

/**
 * Every check between reading and evaluating, in one place: the toolkit exists and can score and rank, and the
 * case resolves against it. Problems from reading, from the toolkit and from resolving are reported together.
 */
final class Validator {

    private Validator() {
    }

    /**
     * @param toolkitId the toolkit to evaluate under, or {@code null} for the tender's own country
     */
    static ValidatedCase validate(CaseSource source, ToolkitLoader toolkits, String toolkitId)
            throws InvalidInputException {
        List<InputProblem> problems = new ArrayList<>(source.problems());
        if (source.tender() == null) {
            throw new InvalidInputException(problems);
        }
        InputProblem askedBy = toolkitId == null
                ? InputProblem.at(source.sources().tender("country"), "unknown country")
                : new InputProblem("command line", "toolkit", "unknown toolkit");
        ToolkitLoader.Loaded toolkit = toolkits.load(toolkitId == null ? source.tender().country() : toolkitId,
                askedBy, problems);
        if (toolkit == null) {
            // The bids can still be checked against the tender, so report their problems too.
            for (int i = 0; i < source.bids().size(); i++) {
                Resolver.resolveBid(source.bids().get(i), i, source.tender(), source.sources(), problems);
            }
            throw new InvalidInputException(problems);
        }
        Toolkit tk = toolkit.toolkit();
        checkToolkit(tk, problems);
        if (!tk.has(BidMetrics.GRID_FACTOR)) {
            for (int i = 0; i < source.bids().size(); i++) {
                if (source.bids().get(i).jcm() != null) {
                    problems.add(InputProblem.at(source.sources().bid(i, "jcm"), "JCM screening needs GHG "
                            + "accounting, but toolkit " + tk.id() + " has no " + BidMetrics.GRID_FACTOR));
                }
            }
        }
        ResolvedCase resolved = Resolver.resolve(source.tender(), tk, source.bids(), source.sources(), problems);
        InvalidInputException.throwIfAny(problems);
        return new ValidatedCase(resolved, source.files(), toolkit.files(), source.committee());
    }

    /** The toolkit names a method, normalisations and a tie-break the engine knows, with their anchors. */
    private static void checkToolkit(Toolkit tk, List<InputProblem> problems) {
        String[] badMethod = EvaluationMethods.check(tk);
        if (badMethod != null) {
            problems.add(at(tk, badMethod[0], badMethod[1]));
        }
        for (Criterion c : Criterion.values()) {
            String[] badScoring = ScoringSpec.check(tk, c);
            if (badScoring != null) {
                problems.add(at(tk, badScoring[0], badScoring[1]));
            }
        }
        String tieBreak = tk.text("scoring.tieBreak");
        if (TieBreak.byKey(tieBreak) == null) {
            problems.add(at(tk, "scoring.tieBreak", "unknown tie-break rule '" + tieBreak + "'; known: "
                    + String.join(", ", TieBreak.keys())));
        }
    }

    /** A problem with toolkit parameter {@code key}, in the file of the layer that set it. */
    private static InputProblem at(Toolkit tk, String key, String message) {
        String file = tk.has(key) ? tk.fileOf(key) : Toolkit.layerFile(tk.id());
        return InputProblem.at(new SourceLocation(file, "parameters." + key), message);
    }
}
