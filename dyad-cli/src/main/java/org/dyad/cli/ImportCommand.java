package org.dyad.cli;

import org.dyad.store.Store;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code dyad import DIR}: the Parquet tables of {@code dyad spark analyze} into the DuckDB store, so
 * that {@code dyad serve} and the other commands work on a cluster's output. Reads Parquet with
 * DuckDB: the CLI needs no Spark for it.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Load the Parquet output of 'dyad spark analyze' into the store (documents already there are replaced).")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb", description = "DuckDB store (default: ${DEFAULT-VALUE}).")
    Path db;

    @Parameters(paramLabel = "DIR", description = "The --out directory of a Spark run.")
    Path dir;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        try (Store store = Store.open(db)) {
            long n = store.importParquet(dir);
            spec.commandLine().getErr().printf("%d documents imported from %s into %s in %.1f s%n", n, dir, db,
                    (System.nanoTime() - start) / 1e9);
            return 0;
        } catch (StoreException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }
}
