package org.wteval.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.wteval.BundledRules;

/** One run of the command line as a user types it: its exit code and what it printed on each stream. */
record CliRun(int code, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BundledRules.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }
}
