package org.wteval.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.wteval.BundledRules;
import org.wteval.CaseFolders;
import org.wteval.io.Bundled;
import org.wteval.io.CaseFolderReader;
import org.wteval.io.PortfolioFileReader;
import org.wteval.io.ocds.ImportedCase;
import org.wteval.io.ocds.OcdsPackageReader;
import org.wteval.io.ToolkitLoader;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;
import org.wteval.model.PortfolioFile;
import org.wteval.optimise.portfolio.PortfolioAnswer;
import org.wteval.optimise.portfolio.PortfolioProblem;
import org.wteval.optimise.portfolio.PortfolioSolver;
import org.wteval.optimise.portfolio.solver.PortfolioSolverSettings;
import org.wteval.pipeline.Engine;

/**
 * Fuzz targets for every reader. The invariant: any bytes give either an evaluation (or a toolkit) or problems with
 * a file and field, never another exception. A test run replays the checked-in seeds (resources
 * {@code org/wteval/fuzz/ReaderFuzzTestInputs/<target>/}); {@code JAZZER_FUZZ=1} fuzzes one target from them
 * (see the README).
 */
class ReaderFuzzTest {

    private static final Engine ENGINE = BundledRules.engine();
    private static final Path CASE = copyOfSample();
    private static final Path TOOLKITS = copyOfToolkits();
    private static final Path PORTFOLIO = CASE.resolveSibling("portfolio.yaml");
    private static final Path OCDS_PACKAGE = CASE.resolveSibling("ocds-release-package.json");
    private static final PortfolioSolver PORTFOLIO_SOLVER = new PortfolioSolver(new PortfolioSolverSettings(10_000));

    private static Path copyOfSample() {
        try {
            Path dir = Files.createTempDirectory("wte-fuzz-case");
            Path c = CaseFolders.copy("vn-bac-ninh", dir);
            Files.delete(c.resolve("committee.yaml"));
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copyOfToolkits() {
        try {
            Path dir = Files.createTempDirectory("wte-fuzz-toolkits");
            try (Stream<Path> s = Files.list(Bundled.toolkits())) {
                for (Path p : s.toList()) {
                    Files.copy(p, dir.resolve(p.getFileName().toString()));
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bid file of the Bac Ninh case replaced by the input; the case is read, validated and evaluated. */
    @FuzzTest(maxDuration = "10s")
    void bidFile(byte[] input) throws IOException {
        Files.write(CASE.resolve("bids/b5-hanoi-envirotech.yaml"), input);
        evaluateOrProblems(CASE);
    }

    /**
     * A bid of the Bac Ninh case given as a bid form: its YAML set aside and the input saved as
     * {@code bids/b5-hanoi-envirotech.xlsx}. Seeds: the form filled with that bid, and the blank form.
     */
    @FuzzTest(maxDuration = "10s")
    void bidWorkbook(byte[] input) throws IOException {
        Path yaml = CASE.resolve("bids/b5-hanoi-envirotech.yaml");
        Path xlsx = CASE.resolve("bids/b5-hanoi-envirotech.xlsx");
        byte[] original = Files.readAllBytes(yaml);
        Files.delete(yaml);
        Files.write(xlsx, input);
        try {
            evaluateOrProblems(CASE);
        } finally {
            Files.delete(xlsx);
            Files.write(yaml, original);
        }
    }

    /** The tender file replaced by the input. */
    @FuzzTest(maxDuration = "10s")
    void tenderFile(byte[] input) throws IOException {
        Path tender = CASE.resolve(CaseFolderReader.TENDER_FILE);
        byte[] original = Files.readAllBytes(tender);
        Files.write(tender, input);
        try {
            evaluateOrProblems(CASE);
        } finally {
            Files.write(tender, original);
        }
    }

    /** A country toolkit replaced by the input and loaded through its chain. */
    @FuzzTest(maxDuration = "10s")
    void toolkitFile(byte[] input) throws IOException {
        Files.write(TOOLKITS.resolve("vn.yaml"), input);
        List<InputProblem> problems = new ArrayList<>();
        ToolkitLoader.Loaded loaded = new ToolkitLoader(TOOLKITS).load("vn", null, problems);
        if ((loaded == null) == problems.isEmpty()) {
            throw new AssertionError("a toolkit is returned exactly when there is no problem: " + problems);
        }
        problems.forEach(ReaderFuzzTest::hasAFile);
    }

    /**
     * A portfolio file replaced by the input. A file of summaries only is also solved (with a small node limit), since
     * building the problem trusts what the reader let through; case-folder projects would evaluate cases, which the
     * case targets above already fuzz.
     */
    @FuzzTest(maxDuration = "10s")
    void portfolioFile(byte[] input) throws IOException {
        Files.write(PORTFOLIO, input);
        PortfolioFile read;
        try {
            read = PortfolioFileReader.read(PORTFOLIO);
        } catch (InvalidInputException e) {
            if (e.problems().isEmpty()) {
                throw new AssertionError("invalid input without a problem");
            }
            e.problems().forEach(ReaderFuzzTest::hasAFile);
            return;
        }
        if (read.projects().stream().allMatch(p -> p.caseFolder() == null)) {
            PortfolioAnswer.of(PORTFOLIO_SOLVER, PortfolioProblem.of(read));
        }
    }

    /**
     * An OCDS release package replaced by the input: either the parts of a case folder it carries (turned into files as
     * the import command writes them) or problems naming the file.
     */
    @FuzzTest(maxDuration = "10s")
    void ocdsPackage(byte[] input) throws IOException {
        Files.write(OCDS_PACKAGE, input);
        try {
            ImportedCase imported = OcdsPackageReader.read(OCDS_PACKAGE);
            imported.files(OCDS_PACKAGE.getFileName().toString());
            imported.missingText(OCDS_PACKAGE.getFileName().toString());
        } catch (InvalidInputException e) {
            if (e.problems().isEmpty()) {
                throw new AssertionError("invalid input without a problem");
            }
            e.problems().forEach(ReaderFuzzTest::hasAFile);
        }
    }

    private static void evaluateOrProblems(Path c) {
        try {
            ENGINE.evaluate(CaseFolderReader.read(c));
        } catch (InvalidInputException e) {
            if (e.problems().isEmpty()) {
                throw new AssertionError("invalid input without a problem");
            }
            e.problems().forEach(ReaderFuzzTest::hasAFile);
        }
    }

    private static void hasAFile(InputProblem p) {
        if (p.file() == null || p.file().isBlank() || p.message() == null || p.message().isBlank()) {
            throw new AssertionError("a problem must name its file and say what is wrong: " + p);
        }
    }
}
