package org.wteval.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.wteval.model.InputProblem;
import org.wteval.model.InvalidInputException;
import org.wteval.pipeline.Engine;
import org.wteval.rules.RuleCompileException;
import org.wteval.rules.RulesRanAwayException;
import picocli.CommandLine;

/** Entry point of the {@code wte} command. */
public final class Main {

    public static final int OK = 0;
    public static final int BUG = 1;
    public static final int INVALID_INPUT = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Engine::of);
    }

    /**
     * Runs the command line with engines from {@code engines}; tests pass one that reuses a loaded rule book, since
     * each run would otherwise load the rules again.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Engines engines) {
        CommandLine cli = new CommandLine(new WteCommand(engines));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, line, parsed) -> handle(ex, err, line.getCommand()));
        try {
            return cli.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // picocli hands only exceptions to the handler; an error would otherwise print pages of stack.
            err.println("wte: internal error: " + (e instanceof OutOfMemoryError
                    ? "out of memory (give Java more with JAVA_TOOL_OPTIONS=-Xmx..., or split the case)"
                    : "stack overflow") + "; nothing was written");
            if (List.of(args).contains("--debug")) {
                e.printStackTrace(err);
            } else {
                err.println("(run again with --debug for the stack trace)");
            }
            return BUG;
        }
    }

    private static int handle(Exception ex, PrintWriter err, Object command) {
        if (ex instanceof InvalidInputException invalid) {
            err.println("wte: the inputs have " + invalid.problems().size() + " problem(s); nothing was written:");
            for (InputProblem p : invalid.problems()) {
                err.println("  " + p);
            }
            return INVALID_INPUT;
        }
        if (ex instanceof RuleCompileException rules) {
            err.println("wte: the rules do not compile; nothing was written:");
            rules.errors().forEach(e -> err.println("  " + e));
            return INVALID_INPUT;
        }
        if (ex instanceof RulesRanAwayException runaway) {
            err.println("wte: " + runaway.getMessage() + "; nothing was written");
            return INVALID_INPUT;
        }
        if (ex instanceof UsageError usage) {
            err.println("wte: " + usage.getMessage());
            return INVALID_INPUT;
        }
        err.println("wte: internal error: " + ex);
        if (command instanceof Debuggable d && d.debug()) {
            ex.printStackTrace(err);
        } else {
            err.println("(run again with --debug for the stack trace)");
        }
        return BUG;
    }

    /** Where a command gets its engine from the rule and toolkit folders it was given. */
    @FunctionalInterface
    public interface Engines {
        Engine of(Path rulesDir, Path toolkitsDir) throws RuleCompileException;
    }

    /** A command whose {@code --debug} flag asks for stack traces. */
    interface Debuggable {
        boolean debug();
    }

    /** A request the engine cannot answer with the given arguments (unknown bid or figure, ...). */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message);
        }
    }
}
