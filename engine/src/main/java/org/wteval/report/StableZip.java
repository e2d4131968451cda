package org.wteval.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Writes the report's zip archives (the workbooks) the same bytes at every run: every entry dated 1 February 1980,
 * compressed at one level, in the order given. The xlsx writer stamps each entry with the time of writing
 * and offers no way to set it.
 *
 * <p>An entry is written as {@link Piece}s, each compressed on its own, so that a large part is compressed where it
 * is made, on the thread that made it, and not held uncompressed: a workbook of 1,000 bid sheets holds a quarter of
 * a gigabyte of XML. Each piece is a run of deflate blocks that ends on a byte boundary and is not final (a sync
 * flush, as parallel compressors join their pieces); an entry is its pieces one after another, closed by an empty
 * final block. The entry's checksum is worked out from its pieces' checksums.
 */
final class StableZip {

    /**
     * Not 1 January 1980, the earliest zip date: Java reads that one as "before 1980" and adds an extended
     * timestamp converted through the machine's time zone, so the bytes would differ between time zones.
     */
    private static final LocalDateTime FIXED = LocalDateTime.of(1980, 2, 1, 0, 0);

    /** An empty final deflate block with fixed codes: the bits 1 (final), 01 (fixed codes), then end-of-block. */
    private static final byte[] LAST_BLOCK = {0x03, 0x00};

    /** CRC-32's polynomial, bits reversed, as {@link CRC32} computes it. */
    private static final int POLYNOMIAL = 0xEDB88320;

    /** {@code ZERO_BYTES[k]} carries a CRC-32 register through 2^k zero bytes. */
    private static final int[][] ZERO_BYTES = zeroBytes();

    private static final int BUFFER = 64 * 1024;

    /**
     * A fast level: compressing was two fifths of writing a workbook of 1,000 bid sheets at the default level (6).
     * Level 2 takes under half the time for a file 15% larger (43.5 MB against 37.7 MB); level 1 is as fast and
     * larger still.
     */
    private static final int LEVEL = 2;

    /** Bytes compressed on their own: {@code size} bytes whose CRC-32 is {@code crc}. */
    record Piece(byte[] deflated, long size, long crc) {
    }

    /** An entry of the archive: its name and its pieces, made when the archive is written (on any thread). */
    record Entry(String name, Supplier<List<Piece>> pieces) {

        /** An entry of bytes held whole. */
        static Entry of(String name, byte[] bytes) {
            return new Entry(name, () -> List.of(piece(bytes)));
        }
    }

    /** An entry's pieces with what its header needs: the sizes before and after compressing, and the CRC-32. */
    private record Joined(String name, List<Piece> pieces, long size, long compressedSize, long crc) {
    }

    private StableZip() {
    }

    /** Writes {@code entries} as a zip archive to {@code out}, in their order; their pieces are made in parallel. */
    static void write(List<Entry> entries, OutputStream out) throws IOException {
        List<Joined> joined;
        try {
            joined = entries.parallelStream().map(e -> join(e.name(), e.pieces().get())).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        // The zip date is a local date-time: the library converts it to and from an instant through the machine's
        // time zone, so the instant of the fixed date in that zone gives the same stored date in every zone.
        long time = FIXED.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            // Zip64 headers, which an archive far below 4 GB never needs, leave sizes that Java's reader refuses.
            zip.setUseZip64(Zip64Mode.Never);
            for (Joined j : joined) {
                ZipArchiveEntry e = new ZipArchiveEntry(j.name());
                e.setMethod(ZipEntry.DEFLATED);
                e.setSize(j.size());
                e.setCompressedSize(j.compressedSize());
                e.setCrc(j.crc());
                e.setTime(time);
                zip.addRawArchiveEntry(e, deflateStream(j.pieces()));
            }
            zip.finish();
        }
    }

    /** The archive {@code zip} written again as {@link #write} writes it: same entries, same order, stable bytes. */
    static byte[] rewrite(byte[] zip) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(Entry.of(e.getName(), in.readAllBytes()));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        write(entries, out);
        return out.toByteArray();
    }

    /** {@code bytes} compressed as a piece. */
    static Piece piece(byte[] bytes) {
        try (PieceWriter w = new PieceWriter()) {
            w.write(bytes);
            return w.piece();
        } catch (IOException e) {
            throw new UncheckedIOException("compressing in memory failed", e);
        }
    }

    /** The bytes of {@code piece}, uncompressed. */
    static InputStream inflated(Piece piece) {
        return new InflaterInputStream(deflateStream(List.of(piece)), new Inflater(true));
    }

    /** The pieces one after another, closed by the final block: one deflate stream. */
    private static InputStream deflateStream(List<Piece> pieces) {
        List<InputStream> parts = new ArrayList<>();
        for (Piece p : pieces) {
            parts.add(new ByteArrayInputStream(p.deflated()));
        }
        parts.add(new ByteArrayInputStream(LAST_BLOCK));
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    private static Joined join(String name, List<Piece> pieces) {
        long size = 0;
        long compressed = LAST_BLOCK.length;
        long crc = 0; // the CRC-32 of nothing
        for (Piece p : pieces) {
            crc = crcOfJoined(crc, p.crc(), p.size());
            size += p.size();
            compressed += p.deflated().length;
        }
        return new Joined(name, pieces, size, compressed, crc);
    }

    /**
     * The CRC-32 of bytes A followed by bytes B, from A's CRC, B's CRC and B's length, without the bytes. CRC-32's
     * register steps over each bit by a map that is linear over GF(2), so the CRC of A·B is A's CRC carried through
     * as many zero bytes as B has, xor B's CRC (the initial value and the final xor are equal, so they cancel). The
     * carrying is a 32-by-32 bit matrix; {@link #ZERO_BYTES} holds its powers for 1, 2, 4, ... zero bytes.
     */
    static long crcOfJoined(long crcA, long crcB, long lengthB) {
        int crc = (int) crcA;
        for (int k = 0; lengthB >>> k != 0; k++) {
            if ((lengthB >>> k & 1) != 0) {
                crc = times(ZERO_BYTES[k], crc);
            }
        }
        return (crc ^ (int) crcB) & 0xFFFF_FFFFL;
    }

    private static int[][] zeroBytes() {
        // The step over one zero bit, as the images of the register's 32 bits: the lowest bit shifted out feeds the
        // polynomial back; every other bit moves down by one.
        int[] step = new int[32];
        step[0] = POLYNOMIAL;
        for (int i = 1; i < 32; i++) {
            step[i] = 1 << (i - 1);
        }
        int[][] powers = new int[Long.SIZE - 1][];
        powers[0] = square(square(square(step))); // one zero byte: eight zero bits
        for (int k = 1; k < powers.length; k++) {
            powers[k] = square(powers[k - 1]);
        }
        return powers;
    }

    /** The matrix {@code m} (its columns) applied to the bit vector {@code v}. */
    private static int times(int[] m, int v) {
        int r = 0;
        for (int i = 0; v != 0; i++, v >>>= 1) {
            if ((v & 1) != 0) {
                r ^= m[i];
            }
        }
        return r;
    }

    private static int[] square(int[] m) {
        int[] s = new int[32];
        for (int i = 0; i < 32; i++) {
            s[i] = times(m, m[i]);
        }
        return s;
    }

    /**
     * Compresses what is written to it into a {@link Piece}, on the writing thread. The compressor is made at the
     * first byte and released at {@link #close()}: a workbook makes a writer for every sheet up front, and each
     * compressor holds a quarter of a megabyte outside the heap.
     */
    static final class PieceWriter extends OutputStream {

        private ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        private final CRC32 crc = new CRC32();
        private Deflater deflater;
        private DeflaterOutputStream out;
        private long size;
        private Piece piece;

        @Override
        public void write(int b) throws IOException {
            stream().write(b);
            crc.update(b);
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            stream().write(b, off, len);
            crc.update(b, off, len);
            size += len;
        }

        private DeflaterOutputStream stream() throws IOException {
            if (piece != null) {
                throw new IOException("the piece is closed");
            }
            if (out == null) {
                deflater = new Deflater(LEVEL, true);
                out = new DeflaterOutputStream(deflated, deflater, BUFFER, true);
            }
            return out;
        }

        /** Ends the piece on a byte boundary and releases the compressor; later calls do nothing. */
        @Override
        public void close() throws IOException {
            if (piece != null) {
                return;
            }
            if (out != null) {
                out.flush(); // a sync flush: the blocks so far, then an empty stored block to reach a byte boundary
                deflater.end();
                out = null;
                deflater = null;
            }
            piece = new Piece(deflated.toByteArray(), size, crc.getValue());
            deflated = null;
        }

        /** The piece, once closed. */
        Piece piece() throws IOException {
            close();
            return piece;
        }
    }
}
