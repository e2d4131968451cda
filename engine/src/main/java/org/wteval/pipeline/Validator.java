package org.wteval.pipeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import org.wteval.resolve.LotChecks;
import org.wteval.resolve.Resolver;
import org.wteval.resolve.Resolver.ResolvedCase;
import org.wteval.model.Tender;
import org.wteval.resolve.ResolvedPriceReference;
import org.wteval.resolve.ResolvedTender;
import org.wteval.scoring.Normalisation;
import org.wteval.scoring.PublishedAnchors;
import org.wteval.scoring.CommitteeSpec;
import org.wteval.scoring.ScoringSpec;
import org.wteval.scoring.TechnicalScores;
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
     * @param on the day whose toolkit versions apply instead of the tender's launch date, or {@code null}
     */
    static ValidatedCase validate(CaseSource source, ToolkitLoader toolkits, String toolkitId, LocalDate on)
            throws InvalidInputException {
        List<InputProblem> problems = new ArrayList<>(source.problems());
        if (source.tender() == null) {
            throw new InvalidInputException(problems);
        }
        LotChecks.check(source, problems);
        if (source.tender().hasLots()) {
            problems.add(InputProblem.at(source.sources().tender("lots"), "the tender is divided into lots, which are "
                    + "evaluated lot by lot and awarded together: run wte award"));
            throw new InvalidInputException(problems);
        }
        InputProblem askedBy = toolkitId == null
                ? InputProblem.at(source.sources().tender("country"), "unknown country")
                : new InputProblem("command line", "toolkit", "unknown toolkit");
        ToolkitLoader.Loaded toolkit = toolkits.load(toolkitId == null ? source.tender().country() : toolkitId,
                on != null ? new ToolkitLoader.On(on, new SourceLocation("command line", "toolkit"))
                        : launchDate(source, problems), askedBy, problems);
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
        checkCommittee(source, tk, problems);
        if (problems.isEmpty()) {
            checkPublishedAnchors(tk, resolved.tender(), source, problems);
        }
        InvalidInputException.throwIfAny(problems);
        return new ValidatedCase(resolved, source.files(), toolkit.files(), source.committee());
    }

    /**
     * The tender's launch date, which chooses the toolkit's dated versions; a date that does not exist is a problem
     * and then chooses none.
     */
    private static ToolkitLoader.On launchDate(CaseSource source, List<InputProblem> problems) {
        SourceLocation where = source.sources().tender("launchDate");
        String text = source.tender().launchDate();
        if (text == null) {
            return new ToolkitLoader.On(null, where);
        }
        try {
            return new ToolkitLoader.On(LocalDate.parse(text), where);
        } catch (DateTimeParseException e) {
            problems.add(InputProblem.at(where, "is not a date (YYYY-MM-DD): '" + text + "'"));
            return new ToolkitLoader.On(null, null);
        }
    }

    /**
     * A toolkit scoring lifecycle cost between published anchors needs the tender to publish them: a ceiling and an
     * owner's estimate on the authority's cost per tonne, the figure the criterion scores.
     */
    private static void checkPublishedAnchors(Toolkit tk, ResolvedTender t, CaseSource source,
                                              List<InputProblem> problems) {
        if (!Normalisation.PUBLISHED_ANCHORS.key().equals(tk.text("scoring.lifecycle.normalisation"))) {
            return;
        }
        ResolvedPriceReference p = t.priceReference();
        String why = p == null ? "the tender states no price reference"
                : !Tender.AUTHORITY_COST_PER_TONNE.equals(p.basis()) ? "its basis is " + p.basis() + ", not "
                        + Tender.AUTHORITY_COST_PER_TONNE + " (the figure lifecycle cost is scored on)"
                : p.ceiling() == null ? "it states no ceiling price"
                : p.ownerEstimate() == null ? "it states no owner's estimate" : null;
        if (why != null) {
            problems.add(InputProblem.at(source.sources().tender("priceReference"), "toolkit " + tk.id()
                    + " scores lifecycle cost between published anchors (scoring.lifecycle.normalisation "
                    + "published-anchors), which needs a price reference with a ceiling and an owner's estimate per "
                    + "tonne on the " + Tender.AUTHORITY_COST_PER_TONNE + " basis; " + why));
        } else if (p.ceiling().value() <= tk.number(PublishedAnchors.FLOOR_SHARE) * p.ownerEstimate().value()) {
            problems.add(InputProblem.at(source.sources().tender("priceReference"), "the ceiling price must lie "
                    + "above the floor (" + PublishedAnchors.FLOOR_SHARE + " × owner's estimate)"));
        }
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

    /** Committee scoring: the toolkit's committee parameters, then every score sheet against them and the bids. */
    private static void checkCommittee(CaseSource source, Toolkit tk, List<InputProblem> problems) {
        for (String[] bad : CommitteeSpec.check(tk)) {
            problems.add(at(tk, bad[0], bad[1]));
        }
        List<String> bidIds = source.bids().stream().map(b -> b.id()).toList();
        TechnicalScores.check(tk, source.committee(), bidIds, source.sources(), problems);
    }

    /** A problem with toolkit parameter {@code key}, in the file of the layer that set it. */
    private static InputProblem at(Toolkit tk, String key, String message) {
        String file = tk.has(key) ? tk.fileOf(key) : Toolkit.layerFile(tk.id());
        return InputProblem.at(new SourceLocation(file, "parameters." + key), message);
    }
}
