package org.dyad.cli;

import org.dyad.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dyad} command: one subcommand per job. */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
        description = "Turns news into event data: articles, actors, events, quotes, stories, dyads.",
        subcommands = {AnalyzeCommand.class, ExtractCommand.class, IngestCommand.class, StoryCommands.List_.class, StoryCommands.Pair.class,
                ServeCommand.class, ExportCommand.class, ImportCommand.class, EvalCommand.class, BenchCommand.class, LexiconCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code. */
    static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The command line, whose output and error writers tests may replace. */
    static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).setExecutionExceptionHandler(Main::failed);
    }

    /**
     * A store that cannot be opened or written (another schema version, not a database, a locked
     * file) is for the user to fix: its message names the file, and a stack trace would bury it.
     * Anything else is a fault of Dyad's and keeps its trace.
     */
    private static int failed(Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof StoreException) {
            command.getErr().println("dyad " + command.getCommandName() + ": " + e.getMessage());
            return 1;
        }
        throw e;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
