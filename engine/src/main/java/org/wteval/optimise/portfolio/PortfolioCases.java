package org.wteval.optimise.portfolio;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;
import org.wteval.model.PortfolioFile;
import org.wteval.pipeline.Evaluation;

/**
 * The case-folder projects of a portfolio file, each evaluated and turned into its chosen bid's request. Every
 * problem is collected, named by the portfolio file's field or by the case's own file under the folder the portfolio
 * names, so that a reviewer sees all of them at once.
 */
public final class PortfolioCases {

    /** Reads and evaluates the case in a folder; the caller chooses the reader and the engine. */
    @FunctionalInterface
    public interface CaseEvaluator {
        Evaluation evaluate(Path caseFolder) throws InvalidInputException;
    }

    private PortfolioCases() {
    }

    /**
     * The chosen bid of every project that names a case folder, by project id, in the file's order.
     *
     * @param file the portfolio file, whose folder the case folders are relative to
     * @param problems receives every problem; a project with a problem is left out of the answer
     */
    public static Map<String, CaseBid> evaluate(Path file, PortfolioFile input, CaseEvaluator evaluator,
                                                List<InputProblem> problems) {
        String name = String.valueOf(file.getFileName());
        Path base = file.toAbsolutePath().getParent();
        Map<String, CaseBid> cases = new LinkedHashMap<>();
        for (int i = 0; i < input.projects().size(); i++) {
            PortfolioFile.Project p = input.projects().get(i);
            if (p.caseFolder() == null) {
                continue;
            }
            String field = "projects[" + i + "]";
            Path dir = base.resolve(p.caseFolder());
            try {
                StringBuilder why = new StringBuilder();
                CaseBid c = CaseBid.of(evaluator.evaluate(dir), p.bid(), why);
                if (c == null) {
                    problems.add(new InputProblem(name, field + ".bid", why.toString()));
                } else if (!c.currency().equals(input.currency())) {
                    problems.add(new InputProblem(name, field + ".caseFolder", "the case is evaluated in "
                            + c.currency() + ", the portfolio in " + input.currency()
                            + ": list the project as a summary in the portfolio's currency"));
                } else {
                    cases.put(p.id(), c);
                }
            } catch (InvalidInputException invalid) {
                for (InputProblem q : invalid.problems()) {
                    String where = q.file().equals(dir.toString()) ? p.caseFolder() : p.caseFolder() + "/" + q.file();
                    problems.add(new InputProblem(where, q.path(), q.message()));
                }
            }
        }
        return cases;
    }
}
