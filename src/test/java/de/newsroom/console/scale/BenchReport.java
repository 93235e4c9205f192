package de.newsroom.console.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * The benchmark's shared numbers and report. Every benchmark class adds its rows here; each one writes the rows of
 * the whole run so far to {@code target/bench/results.json} and {@code results.txt}, so running all benchmark
 * classes together ({@code -Dtest='*Benchmark'}) leaves one complete table.
 */
final class BenchReport {

    private static final List<Result> RESULTS = new ArrayList<>();

    private BenchReport() {
    }

    /** Percentiles in milliseconds (or whatever unit the row names). */
    record Stats(double p50, double p99, double mean, int n) {
        static Stats ofNanos(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            double p50 = sorted[(int) (sorted.length * 0.50)] / 1e6;
            double p99 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1e6;
            double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
            return new Stats(p50, p99, mean, sorted.length);
        }
    }

    /** One row: ours against the baseline measured in the same run. */
    record Result(String what, Stats ours, Stats baseline, double ratio, String unit, String target, boolean met) {
    }

    /** Runs {@code work} {@code warmup} times unmeasured, then {@code reps} times measured. */
    static Stats time(int warmup, int reps, Runnable work) {
        return interleaved(warmup, reps, work)[0];
    }

    /**
     * Times several pieces of work in turns (a, b, a, b, ...), so that a noisy neighbour on a shared machine hits
     * all of them alike; returns their stats in the order given.
     */
    static Stats[] interleaved(int warmup, int reps, Runnable... work) {
        for (int i = 0; i < warmup; i++) {
            for (Runnable w : work) {
                w.run();
            }
        }
        long[][] nanos = new long[work.length][reps];
        for (int i = 0; i < reps; i++) {
            for (int w = 0; w < work.length; w++) {
                long t = System.nanoTime();
                work[w].run();
                nanos[w][i] = System.nanoTime() - t;
            }
        }
        Stats[] stats = new Stats[work.length];
        for (int w = 0; w < work.length; w++) {
            stats[w] = Stats.ofNanos(nanos[w]);
        }
        return stats;
    }

    /** A latency row in milliseconds; the ratio is ours p50 over baseline p50. */
    static void addLatency(String what, Stats ours, Stats baseline, String target, boolean met) {
        add(new Result(what, ours, baseline, ours.p50() / Math.max(baseline.p50(), 1e-6), "ms", target, met));
    }

    static synchronized void add(Result result) {
        RESULTS.removeIf(r -> r.what().equals(result.what()));
        RESULTS.add(result);
    }

    /** Prints the table of every row measured in this JVM and writes results.json and results.txt. */
    static synchronized void write() {
        var table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%n%-90s %12s %12s %12s %12s %8s  %s%n", "What", "ours p50",
                "ours p99", "base p50", "base p99", "ratio", "target"));
        var json = new StringBuilder("{\n  \"date\": \"" + LocalDate.now() + "\",\n  \"machine\": \""
                + Runtime.getRuntime().availableProcessors() + " cores, "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB heap, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + "\",\n  \"results\": [\n");
        for (int i = 0; i < RESULTS.size(); i++) {
            Result r = RESULTS.get(i);
            table.append(String.format(Locale.ROOT, "%-90s %12.3f %12.3f %12.3f %12.3f %8.2f  %s %s%n", r.what(),
                    r.ours().p50(), r.ours().p99(), r.baseline().p50(), r.baseline().p99(), r.ratio(), r.target(),
                    r.met() ? "MET" : "MISSED"));
            json.append(String.format(Locale.ROOT,
                    "    {\"what\": \"%s\", \"unit\": \"%s\", \"ours\": {\"p50\": %.4f, \"p99\": %.4f, \"n\": %d}, "
                            + "\"baseline\": {\"p50\": %.4f, \"p99\": %.4f, \"n\": %d}, \"ratio\": %.4f, "
                            + "\"target\": \"%s\", \"met\": %s}%s%n",
                    r.what().replace("\"", "'"), r.unit(), r.ours().p50(), r.ours().p99(), r.ours().n(),
                    r.baseline().p50(), r.baseline().p99(), r.baseline().n(), r.ratio(), r.target(), r.met(),
                    i < RESULTS.size() - 1 ? "," : ""));
        }
        json.append("  ]\n}\n");
        try {
            Path out = Path.of("target/bench/results.json");
            Files.createDirectories(out.getParent());
            Files.writeString(out, json.toString());
            Files.writeString(Path.of("target/bench/results.txt"), table.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoggerFactory.getLogger(BenchReport.class).warn("Benchmark results{}", table);
    }
}
