package org.dyad.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Where the shared seeds and eval sets are: beside the repository, as CI has them. */
final class Shared {
    private Shared() {
    }

    static Path dir() {
        Path p = Path.of(System.getProperty("dyad.shared", "../shared")).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(p.resolve("seeds")), "shared/ not found at " + p + ": these tests read it at run time");
        return p;
    }

    static Path seeds() {
        return dir().resolve("seeds");
    }
}
