package org.dyad.cli;

import org.dyad.store.Export;
import org.dyad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code dyad export}: the store as Parquet or CSV tables, PLOVER JSON Lines or a GDELT-style TSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the store: parquet or csv (one file per table), plover (JSON Lines of events), gdelt (GDELT 2.0-style events TSV).")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb", description = "DuckDB store (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--format", required = true, description = "parquet, csv, plover or gdelt.")
    String format;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Directory to write into (created if missing).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Export.Format f;
        try {
            f = Export.Format.of(format);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (!Files.exists(db)) {
            err.println("no store at " + db + ": analyze some articles first (dyad analyze PATH --db " + db + ")");
            return 2;
        }
        try (Store store = Store.open(db)) {
            List<Path> files = Export.write(store, f, out);
            files.forEach(p -> spec.commandLine().getOut().println(p));
            err.printf("%d file%s written to %s%n", files.size(), files.size() == 1 ? "" : "s", out);
        }
        return 0;
    }
}
