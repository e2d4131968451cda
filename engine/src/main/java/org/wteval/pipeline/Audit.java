package org.wteval.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.wteval.model.Sha256;
import org.wteval.model.SourceFile;

/**
 * What an evaluation was computed from: every file with its SHA-256, a digest over each group, and the engine
 * version. Nothing time-dependent, so the same inputs always give the same audit block.
 */
public record Audit(String engineVersion, List<SourceFile> inputs, List<SourceFile> toolkits,
                    List<SourceFile> rules) {

    public String inputsSha256() {
        return digest(inputs);
    }

    public String toolkitSha256() {
        return digest(toolkits);
    }

    public String rulesSha256() {
        return digest(rules);
    }

    /** SHA-256 over the lines {@code "<name> <sha256>\n"}, in name order. */
    static String digest(List<SourceFile> files) {
        StringBuilder s = new StringBuilder();
        for (SourceFile f : files) {
            s.append(f.name()).append(' ').append(f.sha256()).append('\n');
        }
        return Sha256.hex(s.toString().getBytes(StandardCharsets.UTF_8));
    }
}
