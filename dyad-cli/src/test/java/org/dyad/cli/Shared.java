package org.dyad.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared seeds and eval sets are: beside the repository, as CI has them. Without them the tests fail, not skip. */
final class Shared {
    private Shared() {
    }

    static Path dir() {
        Path p = Path.of(System.getProperty("dyad.shared", "../shared")).toAbsolutePath().normalize();
        if (!Files.isDirectory(p.resolve("seeds"))) {
            throw new IllegalStateException("shared/ not found at " + p + ": these tests read it at run time (-Ddyad.shared=DIR)");
        }
        return p;
    }

    static Path seeds() {
        return dir().resolve("seeds");
    }
}
