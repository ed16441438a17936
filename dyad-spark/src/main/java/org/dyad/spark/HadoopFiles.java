package org.dyad.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.dyad.ingest.Sources;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Inputs and outputs on any Hadoop file system: a local path as given ({@code ../news}) or a URI
 * ({@code file:///data/news}, {@code hdfs://nn/news}, {@code s3a://bucket/news}). Listing follows the
 * library's rules ({@link Sources}): a directory is walked for the files it reads, in name order; a
 * missing path, or a named file of another kind, is rejected. A file keeps the name it was reached by
 * (a directory's files that of the directory as given), so a local run's sources read as
 * {@code dyad analyze}'s do.
 */
final class HadoopFiles {
    private HadoopFiles() {
    }

    /** The readable files of these inputs, in order; what cannot be read goes to {@code rejected}. */
    static List<String> list(List<String> inputs, Configuration conf, Consumer<Item.Reject> rejected) {
        List<String> files = new ArrayList<>();
        for (String input : inputs) {
            files.addAll(list(input, conf, rejected));
        }
        return files;
    }

    private static List<String> list(String input, Configuration conf, Consumer<Item.Reject> rejected) {
        Path path = new Path(input);
        try {
            FileSystem fs = path.getFileSystem(conf);
            if (!fs.exists(path)) {
                rejected.accept(new Item.Reject(input, "read", Sources.MISSING));
                return List.of();
            }
            if (!fs.getFileStatus(path).isDirectory()) {
                if (Sources.readable(path.getName())) {
                    return List.of(input);
                }
                rejected.accept(new Item.Reject(input, "read", Sources.UNSUPPORTED));
                return List.of();
            }
            String dir = fs.makeQualified(path).toString();
            String given = input.replaceAll("/+$", "");
            List<String> found = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> files = fs.listFiles(path, true);
            while (files.hasNext()) {
                Path file = files.next().getPath();
                if (Sources.readable(file.getName())) {
                    found.add(given + file.toString().substring(dir.length()));
                }
            }
            found.sort(null);
            return found;
        } catch (IOException | IllegalArgumentException e) {
            rejected.accept(new Item.Reject(input, "read", "cannot list: " + e.getMessage()));
            return List.of();
        }
    }

    /** A file as the library reads it, opened through its file system. */
    static Sources.Input input(String file, Configuration conf) {
        Path path = new Path(file);
        return new Sources.Input() {
            @Override
            public String name() {
                return file;
            }

            @Override
            public long size() throws IOException {
                return path.getFileSystem(conf).getFileStatus(path).getLen();
            }

            @Override
            public InputStream open() throws IOException {
                return path.getFileSystem(conf).open(path);
            }
        };
    }

    /** A table's directory under the output (a path or URI). */
    static String child(String out, String table) {
        return out.replaceAll("/+$", "") + "/" + table;
    }
}
