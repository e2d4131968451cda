package org.wteval.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The report's archives read back as written, with Java's own reader, which checks each entry's size and CRC-32: an
 * entry joined from pieces compressed on their own is whole, entries keep their order, every entry is dated
 * 1 February 1980, and the same entries give the same bytes at every run.
 */
class StableZipTest {

    @Test
    void theCrcOfJoinedBytesIsWorkedOutFromThePiecesCrcs() {
        Random random = new Random(11);
        for (int run = 0; run < 200; run++) {
            byte[] all = new byte[random.nextInt(5_000)];
            random.nextBytes(all);
            if (run % 4 == 0) {
                Arrays.fill(all, (byte) 0); // zero bytes are what the carrying is made of
            }
            int cut = all.length == 0 ? 0 : random.nextInt(all.length + 1);
            byte[] a = Arrays.copyOfRange(all, 0, cut);
            byte[] b = Arrays.copyOfRange(all, cut, all.length);
            assertEquals(crc(all), StableZip.crcOfJoined(crc(a), crc(b), b.length),
                    "run " + run + ": " + a.length + " + " + b.length + " bytes");
        }
    }

    @Test
    void anEntryJoinedFromPiecesReadsBackWholeInOrderAndDatedAlike() throws Exception {
        Random random = new Random(7);
        byte[] noise = new byte[300_000];
        random.nextBytes(noise);
        byte[] head = "<worksheet><sheetData>".getBytes(StandardCharsets.UTF_8);
        byte[] rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Bid B1</t></is></c></row>".repeat(5_000)
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8);
        // The rows written in uneven slices through a writer, as a sheet writes them.
        StableZip.PieceWriter writer = new StableZip.PieceWriter();
        for (int at = 0; at < rows.length; ) {
            int n = Math.min(rows.length - at, 1 + random.nextInt(9_000));
            writer.write(rows, at, n);
            at += n;
        }
        StableZip.Piece rowsPiece = writer.piece();
        List<StableZip.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            entries.add(new StableZip.Entry("xl/worksheets/sheet" + i + ".xml",
                    () -> List.of(StableZip.piece(head), rowsPiece, StableZip.piece(new byte[0]),
                            StableZip.piece(tail))));
        }
        entries.add(StableZip.Entry.of("noise.bin", noise));
        entries.add(StableZip.Entry.of("empty", new byte[0]));

        ByteArrayOutputStream first = new ByteArrayOutputStream();
        StableZip.write(entries, first);
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        StableZip.write(entries, second);
        assertArrayEquals(first.toByteArray(), second.toByteArray(), "the same entries give the same bytes");

        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        sheet.writeBytes(head);
        sheet.writeBytes(rows);
        sheet.writeBytes(tail);
        int read = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry(), read++) {
                assertEquals(entries.get(read).name(), e.getName());
                assertEquals(LocalDateTime.of(1980, 2, 1, 0, 0), e.getTimeLocal(), e.getName());
                byte[] want = read < 40 ? sheet.toByteArray() : read == 40 ? noise : new byte[0];
                assertArrayEquals(want, zip.readAllBytes(), e.getName());
            }
        }
        assertEquals(entries.size(), read);
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
