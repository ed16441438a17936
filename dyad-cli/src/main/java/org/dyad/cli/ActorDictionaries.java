package org.dyad.cli;

import org.dyad.Dyad;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The {@code --actors} option of the commands that analyze: extra PETRARCH/Phoenix actor dictionaries. */
final class ActorDictionaries {
    @Option(names = "--actors", paramLabel = "FILE", split = ",",
            description = "Also load these PETRARCH/Phoenix actor dictionaries (comma-separated).")
    List<Path> files = List.of();

    /** A Dyad that knows the people of the dictionaries given, if any. */
    Dyad open() throws IOException {
        return files.isEmpty() ? Dyad.open() : Dyad.open(files);
    }
}
