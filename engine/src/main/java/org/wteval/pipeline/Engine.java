package org.wteval.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.wteval.io.Bundled;
import org.wteval.io.ToolkitLoader;
import org.wteval.model.CaseSource;
import org.wteval.model.InvalidInputException;
import org.wteval.rules.RuleBook;
import org.wteval.rules.RuleCompileException;
import org.wteval.rules.RuleInfo;

/**
 * The engine as a library: built once from a rule folder and a toolkit folder, then asked to validate and evaluate
 * cases held in memory, whatever they were read from. Immutable and safe to share between threads: every call
 * opens its own rule sessions and keeps nothing.
 *
 * <pre>{@code
 * Engine engine = Engine.bundled();
 * Evaluation e = engine.evaluate(CaseFolderReader.read(Path.of("cases/vn-bac-ninh")));
 * }</pre>
 */
public final class Engine {

    /** The engine's version, recorded in every audit block. */
    public static final String VERSION = readVersion();

    private final RuleBook rules;
    private final ToolkitLoader toolkits;

    private Engine(RuleBook rules, ToolkitLoader toolkits) {
        this.rules = rules;
        this.toolkits = toolkits;
    }

    /** An engine over an adviser's rule and toolkit folders; compiles the rules unless they are the bundled ones. */
    public static Engine of(Path rulesDir, Path toolkitsDir) throws RuleCompileException {
        return of(RuleBook.load(rulesDir), toolkitsDir);
    }

    /** An engine over rules already loaded, which engines over different toolkit folders may share. */
    public static Engine of(RuleBook rules, Path toolkitsDir) {
        return new Engine(rules, new ToolkitLoader(toolkitsDir));
    }

    /** An engine over the rules and toolkits packaged with it. */
    public static Engine bundled() throws RuleCompileException {
        return of(Bundled.rules(), Bundled.toolkits());
    }

    /**
     * Checks a case under its own country's toolkit, as in force on the tender's launch date; every problem,
     * reading's included, is reported at once.
     */
    public ValidatedCase validate(CaseSource source) throws InvalidInputException {
        return Validator.validate(source, toolkits, null, null);
    }

    /** Checks a case under toolkit {@code toolkitId} instead of its country's (to compare toolkits). */
    public ValidatedCase validate(CaseSource source, String toolkitId) throws InvalidInputException {
        return Validator.validate(source, toolkits, toolkitId, null);
    }

    /**
     * Checks a case under toolkit {@code toolkitId} as in force on {@code on} instead of the tender's launch date
     * (to compare one bid set under two laws).
     */
    public ValidatedCase validate(CaseSource source, String toolkitId, LocalDate on) throws InvalidInputException {
        return Validator.validate(source, toolkits, toolkitId, on);
    }

    /** Validates and evaluates a case. */
    public Evaluation evaluate(CaseSource source) throws InvalidInputException {
        return evaluate(validate(source));
    }

    /**
     * Evaluates a validated case: planning rules, calculators, judging rules, scores and ranking, explained.
     *
     * @throws InvalidInputException when the committee decided on a bid the case lacks or the engine did not flag
     */
    public Evaluation evaluate(ValidatedCase c) throws InvalidInputException {
        return Evaluator.evaluate(c, rules, VERSION);
    }

    /** The rules this engine applies, in catalogue order. */
    public List<RuleInfo> rules() {
        return rules.rules();
    }

    private static String readVersion() {
        Properties p = new Properties();
        try (InputStream in = Engine.class.getResourceAsStream("/org/wteval/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "unknown");
    }
}
