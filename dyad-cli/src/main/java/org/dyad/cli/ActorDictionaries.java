package org.dyad.cli;

import org.dyad.Dyad;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The options of the commands that analyze for extra PETRARCH/Phoenix actor and agent dictionaries. */
final class ActorDictionaries {
    @Option(names = "--actors", paramLabel = "FILE", split = ",",
            description = "Also load these PETRARCH/Phoenix actor dictionaries (comma-separated).")
    List<Path> actors = List.of();

    @Option(names = "--agents", paramLabel = "FILE", split = ",",
            description = "Also load these PETRARCH/Phoenix agent dictionaries (comma-separated).")
    List<Path> agents = List.of();

    /** A Dyad that knows the people and agents of the dictionaries given, if any. */
    Dyad open() throws IOException {
        return open(List.of());
    }

    /** As {@link #open()}, also knowing these remembered people. */
    Dyad open(List<String[]> remembered) throws IOException {
        return actors.isEmpty() && agents.isEmpty() && remembered.isEmpty() ? Dyad.open() : Dyad.open(actors, agents, remembered);
    }
}
