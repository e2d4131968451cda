package org.wteval.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wteval.io.CaseFolderReader;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;
import org.wteval.pipeline.Evaluation;
import org.wteval.report.HtmlReport;
import org.wteval.report.OutputFolder;
import org.wteval.report.RobustReport;
import org.wteval.robust.Progress;
import org.wteval.robust.RobustAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wte robust CASE [--draws N] [--seed S] [--threads T] [--out DIR] [--html]}. */
@Command(name = "robust", mixinStandardHelpOptions = true,
        description = "Test how sure a case's ranking is: weight and parameter stability, the smallest weight change "
                + "and the margins that would change the winner, SMAA-2 over the toolkit's weight bounds, the "
                + "rank-reversal checks and a Monte Carlo over the uncertain inputs; print a summary and write "
                + "robust.json.")
final class RobustCommand extends WteSubcommand {

    /** More draws than this add nothing a committee can read (the standard error is then below 0.02%). */
    static final int MAX_DRAWS = 10_000_000;
    static final int MAX_THREADS = 256;

    @Parameters(index = "0", paramLabel = "CASE", description = "Case folder (tender.yaml and bids/).")
    Path caseDir;

    @Option(names = "--draws", paramLabel = "N", description = "Draws of the Monte Carlo and of SMAA-2 each "
            + "(default: ${DEFAULT-VALUE}).")
    int draws = RobustAnalysis.DEFAULT_DRAWS;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the draws (default: ${DEFAULT-VALUE}); the "
            + "same seed and draws give the same bytes.")
    long seed = RobustAnalysis.DEFAULT_SEED;

    @Option(names = "--threads", paramLabel = "T", description = "Threads to run on (default: the processors); "
            + "the result does not depend on it.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: CASE/robust), replaced as a whole and only if the analysis "
                    + "succeeds; it may hold only files the engine writes.")
    Path out;

    @Option(names = "--html", description = "Also write robust.html: the evaluation's report page with the rank "
            + "probabilities and acceptabilities as heat maps.")
    boolean html;

    @Override
    public Integer call() throws Exception {
        List<InputProblem> problems = new ArrayList<>();
        if (draws < 1 || draws > MAX_DRAWS) {
            problems.add(new InputProblem("--draws", "", "must be between 1 and " + MAX_DRAWS + ", not " + draws));
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1 || t > MAX_THREADS) {
            problems.add(new InputProblem("--threads", "", "must be between 1 and " + MAX_THREADS + ", not " + t));
        }
        OutputFolder folder = out != null ? OutputFolder.at(out, "--out", problems)
                : OutputFolder.at(caseDir.resolve("robust"), "CASE/robust", problems);
        Evaluation e;
        RobustAnalysis r;
        try {
            e = engine().evaluate(CaseFolderReader.read(caseDir));
            InvalidInputException.throwIfAny(problems);
            Progress progress = new Progress();
            // On a terminal only: a log or a pipe gets the result alone.
            ProgressBar bar = ProgressBar.on(spec.commandLine().getErr(), progress, System.console() != null);
            try {
                r = RobustAnalysis.of(e, draws, seed, t, progress);
            } finally {
                if (bar != null) {
                    bar.close();
                }
            }
        } catch (InvalidInputException invalid) {
            problems.addAll(invalid.problems());
            throw new InvalidInputException(problems);
        }
        Map<String, OutputFolder.Content> files = new LinkedHashMap<>();
        files.put(RobustReport.FILE, OutputFolder.Content.of(RobustReport.json(e, r)));
        if (html) {
            files.put(HtmlReport.ROBUST_FILE, OutputFolder.Content.of(HtmlReport.render(e, r)));
        }
        folder.write(files);
        StringBuilder wrote = new StringBuilder(RobustReport.summary(e, r));
        for (String name : files.keySet()) {
            wrote.append("wrote ").append(folder.path().resolve(name)).append(System.lineSeparator());
        }
        return print(wrote.toString());
    }
}
