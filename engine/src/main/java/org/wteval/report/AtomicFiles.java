package org.wteval.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/** Writes files so that readers see either the old content or the complete new content, never a part. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes each file to a temporary sibling, then moves all of them into place. */
    public static void write(Path dir, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(dir);
        Map<Path, Path> moves = new java.util.LinkedHashMap<>();
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path tmp = Files.createTempFile(dir, "." + e.getKey(), ".tmp");
                moves.put(tmp, dir.resolve(e.getKey()));
                Files.write(tmp, e.getValue());
            }
            for (Map.Entry<Path, Path> m : moves.entrySet()) {
                Files.move(m.getKey(), m.getValue(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            for (Path tmp : moves.keySet()) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
