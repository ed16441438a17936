package org.dyad.cli;

import org.dyad.Dyad;
import org.dyad.store.Store;
import org.dyad.web.ServeOptions;
import org.dyad.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code dyad serve}: the REST API over a store, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store over HTTP: the REST API under /api/v1 (OpenAPI at /api/v1/openapi.json).")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb", description = "DuckDB store (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--host", defaultValue = ServeOptions.DEFAULT_HOST,
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only). Beyond loopback, POST needs a token.")
    String host;

    @Option(names = "--token", description = "Token for POST requests (default: the DYAD_TOKEN environment variable; "
            + "generated and printed once if neither is set and the server listens beyond loopback).")
    String token;

    @Mixin
    ActorDictionaries actors;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String t = token != null ? token : System.getenv("DYAD_TOKEN");
        Store store = Store.open(db);
        // The NLP pipeline loads on the first POST, not at start: reading needs none of it.
        Dyad dyad = actors.open();
        WebServer server = WebServer.start(store, dyad::analyze, new ServeOptions(host, port, t, ServeOptions.DEFAULT_MAX_BODY));
        out.println("dyad: serving " + db + " at " + server.url() + " (API: " + server.url() + "api/v1/openapi.json)");
        if (server.tokenGenerated()) {
            out.println("dyad: POST requests need the header 'Authorization: Bearer " + server.token() + "' (set --token or DYAD_TOKEN to choose it)");
        }
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
