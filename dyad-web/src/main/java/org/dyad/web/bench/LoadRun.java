package org.dyad.web.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Concurrent clients hitting a server's read endpoints at a target rate for a while. Each client is
 * paced on a fixed schedule (open loop): when the server falls behind, the waiting counts in the
 * latency, so a slow server cannot hide by slowing its clients down; requests still due at the end
 * are not sent, so the achieved rate shows how far behind it fell.
 */
public final class LoadRun {
    /**
     * What a run measured; latencies in milliseconds. {@code cpuMillis} is the CPU time the whole JVM
     * (server and clients alike) spent per request: it tells what a request costs whatever else the
     * machine is running, where the rate and latencies depend on it.
     */
    public record Result(int requests, int errors, double seconds, double p50, double p95, double p99, double max, double cpuMillis) {
        public double perSecond() {
            return requests / seconds;
        }

        @Override
        public String toString() {
            return String.format("%d requests in %.1f s: %.0f requests/s, %d errors; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
                    + "max %.1f ms; CPU %.2f ms per request (server and clients)", requests, seconds, perSecond(), errors, p50, p95, p99, max, cpuMillis);
        }
    }

    private LoadRun() {
    }

    /**
     * Runs {@code clients} clients for {@code seconds}, together at {@code rate} requests per second,
     * each request's path chosen by {@code paths} from a random number.
     */
    public static Result run(String base, IntFunction<String> paths, int clients, double rate, double seconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long intervalNanos = (long) (1e9 * clients / rate);
        long cpuStart = cpuNanos();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<double[]>> done = new ArrayList<>();
        int[] errors = new int[1];
        for (int c = 0; c < clients; c++) {
            long offset = intervalNanos * c / clients;      // spread the clients over one interval
            done.add(pool.submit(() -> {
                List<Double> latencies = new ArrayList<>();
                // Stops at the end even when behind schedule: a slow server is then seen in the achieved rate
                // and the latencies, and the run still takes the time it was given.
                for (long due = start + offset; due < end && System.nanoTime() < end; due += intervalNanos) {
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    String path = paths.apply(ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE));
                    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    latencies.add((System.nanoTime() - due) / 1e6);   // from when it was due: queueing counts
                    if (r.statusCode() != 200) {
                        synchronized (errors) {
                            errors[0]++;
                        }
                    }
                }
                return latencies.stream().mapToDouble(Double::doubleValue).toArray();
            }));
        }
        List<double[]> all = new ArrayList<>();
        for (Future<double[]> f : done) {
            all.add(f.get());
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - start) / 1e9;
        double[] lat = all.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
        double cpu = lat.length == 0 ? 0 : (cpuNanos() - cpuStart) / 1e6 / lat.length;
        return new Result(lat.length, errors[0], elapsed, pct(lat, 50), pct(lat, 95), pct(lat, 99), lat.length == 0 ? 0 : lat[lat.length - 1], cpu);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(i, sorted.length - 1))];
    }
}
