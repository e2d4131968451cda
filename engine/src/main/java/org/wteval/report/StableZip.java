package org.wteval.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip archive with every entry dated 1 February 1980, and one entry edited on the way. The xlsx writer stamps each entry with the time of
 * writing and offers no way to set it, so without this the same case would give different bytes at every run.
 */
final class StableZip {

    /**
     * Not 1 January 1980, the earliest zip date: Java reads that one as "before 1980" and adds an extended
     * timestamp converted through the machine's time zone, so the bytes would differ between time zones.
     */
    private static final LocalDateTime FIXED = LocalDateTime.of(1980, 2, 1, 0, 0);

    private StableZip() {
    }

    /**
     * @param edited the name of one entry whose bytes are replaced on the way
     * @param edit the replacement of that entry's bytes
     */
    static byte[] rewrite(byte[] zip, String edited, UnaryOperator<byte[]> edit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                // A local date-time, not an instant: the stored date must not depend on the machine's time zone.
                copy.setTimeLocal(FIXED);
                z.putNextEntry(copy);
                if (e.getName().equals(edited)) {
                    z.write(edit.apply(in.readAllBytes()));
                } else {
                    in.transferTo(z);
                }
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
