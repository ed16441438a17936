package org.dyad.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import org.dyad.store.Export;
import org.dyad.store.Store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code GET /api/v1/export/{format}}: the same files as {@code dyad export}, written to a temporary
 * directory and sent as one file, or as a zip for the formats of one file per table.
 */
final class Exports {
    private final Store store;

    Exports(Store store) {
        this.store = store;
    }

    void get(Context ctx) throws IOException {
        Export.Format format;
        try {
            format = Export.Format.of(ctx.pathParam("format"));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse(e.getMessage());
        }
        Path dir = Files.createTempDirectory("dyad-export");
        try {
            List<Path> files = Export.write(store, format, dir);
            OutputStream out = ctx.outputStream();
            if (format.perTable()) {
                ctx.contentType("application/zip").header("Content-Disposition", "attachment; filename=\"dyad-"
                        + format.name().toLowerCase(java.util.Locale.ROOT) + ".zip\"");
                try (ZipOutputStream zip = new ZipOutputStream(out)) {
                    for (Path f : files) {
                        zip.putNextEntry(new ZipEntry(f.getFileName().toString()));
                        Files.copy(f, zip);
                        zip.closeEntry();
                    }
                }
            } else {
                Path f = files.get(0);
                ctx.contentType(format == Export.Format.GDELT ? "text/tab-separated-values" : "application/x-ndjson")
                        .header("Content-Disposition", "attachment; filename=\"" + f.getFileName() + "\"");
                Files.copy(f, out);
            }
        } finally {
            deleteAll(dir);
        }
    }

    private static void deleteAll(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
