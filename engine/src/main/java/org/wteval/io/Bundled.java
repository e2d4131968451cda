package org.wteval.io;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rules, toolkits and schemas packaged with the engine. They are read through {@link Path}s whether the engine
 * runs from a jar (a zip file system) or from a build folder, so every loader has one code path.
 */
public final class Bundled {

    private static Path root;

    private Bundled() {
    }

    /** The folder (or jar root) holding {@code rules/}, {@code toolkits/} and {@code cases/schema/}. */
    public static synchronized Path root() {
        if (root == null) {
            root = locate();
        }
        return root;
    }

    public static Path rules() {
        return root().resolve("rules");
    }

    public static Path toolkits() {
        return root().resolve("toolkits");
    }

    public static Path schemas() {
        return root().resolve("cases").resolve("schema");
    }

    private static Path locate() {
        try {
            Path location = Path.of(Bundled.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return location;
            }
            FileSystem jar = FileSystems.newFileSystem(location);
            return jar.getPath("/");
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the engine's bundled resources", e);
        }
    }
}
