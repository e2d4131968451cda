package org.wteval.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;
import org.wteval.optimise.award.AwardAnswer;
import org.wteval.optimise.award.LotAwardAnalysis;
import org.wteval.optimise.award.solver.AwardSolverSettings;
import org.wteval.optimise.award.solver.LotAwardSolver;
import org.wteval.report.AwardReport;
import org.wteval.report.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wte award CASE [--out DIR]}. */
@Command(name = "award", mixinStandardHelpOptions = true,
        description = "Award a tender divided into lots: evaluate each lot with the bids for it, then pick at most one "
                + "bid or package bid per lot under the supplier cap, package exclusivity and each bidder's build "
                + "capacity; print why each lot went where it did and the runner-up, and write award.json.")
final class AwardCommand extends WteSubcommand {

    @Parameters(index = "0", paramLabel = "CASE", description = "Case folder (tender.yaml with lots, and bids/).")
    Path caseDir;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: CASE/award), replaced as a whole and only if the award succeeds; "
                    + "it may hold only files the engine writes.")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<InputProblem> problems = new ArrayList<>();
        OutputFolder folder = out != null ? OutputFolder.at(out, "--out", problems)
                : OutputFolder.at(caseDir.resolve("award"), "CASE/award", problems);
        AwardAnswer answer;
        try {
            answer = LotAwardAnalysis.of(engine(), new LotAwardSolver(AwardSolverSettings.DEFAULT),
                    CaseFolderReader.read(caseDir));
        } catch (InvalidInputException invalid) {
            problems.addAll(invalid.problems());
            throw new InvalidInputException(problems);
        }
        InvalidInputException.throwIfAny(problems);
        Map<String, OutputFolder.Content> files = new LinkedHashMap<>();
        files.put(AwardReport.FILE, OutputFolder.Content.of(AwardReport.json(answer)));
        folder.write(files);
        return print(AwardReport.summary(answer) + "wrote " + folder.path().resolve(AwardReport.FILE)
                + System.lineSeparator());
    }
}
