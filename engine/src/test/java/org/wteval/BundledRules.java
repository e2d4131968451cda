package org.wteval;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.wteval.cli.Main;
import org.wteval.io.Bundled;
import org.wteval.pipeline.Engine;
import org.wteval.rules.RuleBook;
import org.wteval.rules.RuleCompileException;

/**
 * The bundled rules loaded once for the whole test run. The engine keeps no cache, and loading the rules takes
 * seconds when they are compiled from source (as in every test run: the build precompiles them after the tests), so
 * tests that need the bundled rules share this book and the engines over it.
 */
public final class BundledRules {

    private BundledRules() {
    }

    /** The bundled rule book. */
    public static RuleBook book() {
        return Holder.BOOK;
    }

    /** An engine over the bundled rules and toolkits. */
    public static Engine engine() {
        return Engine.of(book(), Bundled.toolkits());
    }

    /** Engines for the command line: the shared book for the bundled rules, a fresh one for any other folder. */
    public static Engine engine(Path rulesDir, Path toolkitsDir) throws RuleCompileException {
        return rulesDir.equals(Bundled.rules()) ? Engine.of(book(), toolkitsDir) : Engine.of(rulesDir, toolkitsDir);
    }

    /** Runs the command line as {@link Main#run(String[], PrintWriter, PrintWriter)} does, on the shared book. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return Main.run(args, out, err, BundledRules::engine);
    }

    /** Loaded on first use, by the class loader's guarantee exactly once. */
    private static final class Holder {
        static final RuleBook BOOK = load();

        private static RuleBook load() {
            try {
                return RuleBook.load(Bundled.rules());
            } catch (RuleCompileException e) {
                throw new IllegalStateException("the bundled rules do not compile: " + e.errors(), e);
            }
        }
    }
}
