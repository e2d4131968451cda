package org.wteval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LibreOffice Calc run headless as an independent spreadsheet engine: it converts workbooks in one call (it takes a
 * few seconds to start), with a profile of its own in which it recalculates every formula of an xlsx file on
 * loading. By default it trusts the results a file caches when another program wrote it; the profile's setting
 * {@code Formula/Load/OOXMLRecalcMode = 0} ("always recalculate") makes it recompute them. The machine's test
 * command installs it ({@code .ci/system-packages}); a test that needs it fails without it, never skips.
 */
final class LibreOffice {

    private static final String RECALCULATE_ALWAYS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
            xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" \
            oor:op="fuse"><value>0</value></prop></item>
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" \
            oor:op="fuse"><value>0</value></prop></item>
            </oor:items>
            """;

    /** A PDF page object, not the page tree ({@code /Type /Pages}). */
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![s\\w])");

    private LibreOffice() {
    }

    /** The {@code soffice} program on the path; fails the test, saying how to install it, when there is none. */
    static String program() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, "soffice");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return fail("LibreOffice (soffice) is not on the PATH: it recalculates the workbook independently of the "
                + "engine. Install it with .ci/system-packages (Debian: apt-get install libreoffice-calc-nogui)");
    }

    /**
     * Converts every file into {@code outDir} as {@code format} ({@code xlsx}, {@code pdf}), in one run, recalculating
     * each workbook on loading; each output keeps its input's base name.
     */
    static void convert(List<Path> files, String format, Path outDir, Path work) throws IOException,
            InterruptedException {
        Path profile = work.resolve("profile-" + format);
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user/registrymodifications.xcu"), RECALCULATE_ALWAYS,
                StandardCharsets.UTF_8);
        Files.createDirectories(outDir);
        List<String> command = new ArrayList<>(List.of(program(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--convert-to", format, "--outdir", outDir.toString()));
        files.forEach(f -> command.add(f.toString()));
        Path log = work.resolve("soffice-" + format + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("LibreOffice did not finish converting within 10 minutes: " + Files.readString(log));
        }
        assertEquals(0, p.exitValue(), "LibreOffice failed: " + Files.readString(log));
        for (Path f : files) {
            Path out = converted(f, format, outDir);
            if (!Files.isRegularFile(out)) {
                fail("LibreOffice wrote no " + out + ": " + Files.readString(log));
            }
        }
    }

    /** Where {@link #convert} writes the conversion of {@code file}. */
    static Path converted(Path file, String format, Path outDir) {
        String name = file.getFileName().toString();
        return outDir.resolve(name.substring(0, name.lastIndexOf('.') + 1) + format);
    }

    /** The pages of a PDF LibreOffice wrote (uncompressed object headers). */
    static int pages(Path pdf) throws IOException {
        Matcher m = PAGE.matcher(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
