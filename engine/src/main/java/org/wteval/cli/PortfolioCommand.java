package org.wteval.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wteval.io.CaseFolderReader;
import org.wteval.io.PortfolioFileReader;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;
import org.wteval.model.PortfolioFile;
import org.wteval.optimise.portfolio.CaseBid;
import org.wteval.optimise.portfolio.PortfolioAnswer;
import org.wteval.optimise.portfolio.PortfolioCases;
import org.wteval.optimise.portfolio.PortfolioProblem;
import org.wteval.optimise.portfolio.PortfolioSolver;
import org.wteval.optimise.portfolio.solver.BranchAndBound;
import org.wteval.optimise.portfolio.solver.PortfolioSolverSettings;
import org.wteval.pipeline.Engine;
import org.wteval.report.OutputFolder;
import org.wteval.report.PortfolioReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wte portfolio FILE [--out DIR]}. */
@Command(name = "portfolio", mixinStandardHelpOptions = true,
        description = "Choose which candidate WtE projects a JCM or JFJCM funder should fund from the year's budget, "
                + "within the country caps, the technology and Japanese-technology share minimums, each project's "
                + "screening and the stacking rule; print each project funded or left out with its binding reasons "
                + "and what 10%% more budget would buy, and write portfolio.json.")
final class PortfolioCommand extends WteSubcommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "Portfolio file (YAML, see "
            + "cases/schema/portfolio.schema.json); a project may be a summary or a case folder's chosen bid.")
    Path file;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: a folder 'portfolio' beside FILE), replaced as a whole and only if "
                    + "the file is valid; it may hold only files the engine writes.")
    Path out;

    @Option(names = "--node-limit", paramLabel = "N", defaultValue = "" + BranchAndBound.NODE_LIMIT,
            description = "Branch-and-bound nodes visited on a portfolio of more than " + BranchAndBound.EXACT_UP_TO
                    + " projects before the search stops with the best found (default: ${DEFAULT-VALUE}); a count, "
                    + "not a time, so the answer is reproducible. The answer says whether it is the proven optimum.")
    long nodeLimit;

    @Override
    public Integer call() throws Exception {
        List<InputProblem> problems = new ArrayList<>();
        if (nodeLimit < 1) {
            problems.add(new InputProblem("--node-limit", "", "must be at least 1, got " + nodeLimit));
        }
        Path beside = file.toAbsolutePath().getParent().resolve("portfolio");
        OutputFolder folder = out != null ? OutputFolder.at(out, "--out", problems)
                : OutputFolder.at(beside, "FILE/../portfolio", problems);
        PortfolioFile input;
        try {
            input = PortfolioFileReader.read(file);
        } catch (InvalidInputException invalid) {
            problems.addAll(invalid.problems());
            throw new InvalidInputException(problems);
        }
        Map<String, CaseBid> cases = Map.of();
        if (input.projects().stream().anyMatch(p -> p.caseFolder() != null)) {
            // The rules are loaded only when a project is a case to evaluate.
            Engine engine = engine();
            cases = PortfolioCases.evaluate(file, input, dir -> engine.evaluate(CaseFolderReader.read(dir)), problems);
        }
        InvalidInputException.throwIfAny(problems);
        PortfolioAnswer answer = PortfolioAnswer.of(new PortfolioSolver(new PortfolioSolverSettings(nodeLimit)),
                PortfolioProblem.of(input, cases));
        Map<String, OutputFolder.Content> files = new LinkedHashMap<>();
        files.put(PortfolioReport.FILE, OutputFolder.Content.of(PortfolioReport.json(input.title(), answer)));
        folder.write(files);
        return print(PortfolioReport.summary(input.title(), answer) + "wrote "
                + folder.path().resolve(PortfolioReport.FILE) + System.lineSeparator());
    }
}
