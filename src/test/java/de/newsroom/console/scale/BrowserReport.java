package de.newsroom.console.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.slf4j.LoggerFactory;

/**
 * The browser benchmark's table: per interaction p50/p95 as Chromium measured it, the server's share of the same
 * calls in the same run, and where the rest went (before the first request, the requests themselves, after the last
 * response), written to {@code target/bench/browser-results.json} and {@code browser-results.txt}. A row of its own
 * beside {@link BenchReport}, whose rows compare against a baseline with p99 instead.
 */
final class BrowserReport {

    /**
     * One interaction as measured. Times in ms: {@code total} from the user's input (or the navigation's start) to the
     * condition on screen; {@code server} the server time of the context's requests in that window; {@code before}
     * input to the first UIDL request leaving; {@code requests} the first request's start to the last response's end;
     * {@code after} the last response to the condition (the browser applying and rendering it).
     */
    record Sample(double total, double server, int serverRequests, int roundTrips, long bytes, double before,
                  double requests, double after) {
    }

    /** A row of the table; {@code met} null for an information row without a target. */
    record Row(String phase, String what, List<Sample> samples, String target, Boolean met, String note) {
        double p(double q) {
            return percentile(samples, Sample::total, q);
        }

        double serverShare() {
            double server = samples.stream().mapToDouble(Sample::server).sum();
            double total = samples.stream().mapToDouble(Sample::total).sum();
            return total == 0 ? 0 : server / total;
        }
    }

    private static final List<Row> ROWS = new ArrayList<>();
    private static final List<String> NOTES = new ArrayList<>();

    private BrowserReport() {
    }

    static double percentile(List<Sample> samples, ToDoubleFunction<Sample> value, double q) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        double[] v = samples.stream().mapToDouble(value).sorted().toArray();
        return v[Math.min(v.length - 1, Math.max(0, (int) Math.ceil(v.length * q) - 1))];
    }

    static synchronized void add(Row row) {
        ROWS.removeIf(r -> r.phase().equals(row.phase()) && r.what().equals(row.what()));
        ROWS.add(row);
    }

    static synchronized Row find(String phase, String what) {
        return ROWS.stream().filter(r -> r.phase().equals(phase) && r.what().equals(what)).findFirst().orElse(null);
    }

    /** The name of the first row of {@code phase} starting with {@code prefix}; null when there is none. */
    static synchronized String findByPrefix(String phase, String prefix) {
        return ROWS.stream().filter(r -> r.phase().equals(phase) && r.what().startsWith(prefix)).map(Row::what)
                .findFirst().orElse(null);
    }

    /** A line under the table: skipped rows, the machine's load, the mixed run's throughput and heap. */
    static synchronized void note(String note) {
        NOTES.add(note);
        LoggerFactory.getLogger(BrowserReport.class).warn("Browser benchmark: {}", note);
    }

    static synchronized void write() {
        var table = new StringBuilder(String.format(Locale.ROOT, "%n%-6s %-66s %5s %8s %8s %8s %6s %5s %7s %7s %7s %7s  %s%n",
                "phase", "interaction", "n", "p50", "p95", "srv p50", "srv %", "rt", "KB", "before", "req", "after",
                "target"));
        var json = new StringBuilder("{\n  \"date\": \"" + Instant.now() + "\",\n  \"machine\": \""
                + Runtime.getRuntime().availableProcessors() + " cores, "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB heap, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + "\",\n  \"notes\": [");
        for (int i = 0; i < NOTES.size(); i++) {
            json.append(i == 0 ? "\n" : ",\n").append("    \"").append(escape(NOTES.get(i))).append('"');
        }
        json.append("\n  ],\n  \"results\": [\n");
        for (int i = 0; i < ROWS.size(); i++) {
            Row r = ROWS.get(i);
            List<Sample> s = r.samples();
            String verdict = r.met() == null ? "" : r.met() ? "MET" : "MISSED";
            table.append(String.format(Locale.ROOT, "%-6s %-66s %5d %8.1f %8.1f %8.1f %5.0f%% %5.1f %7.1f %7.1f %7.1f %7.1f  %s %s%s%n",
                    r.phase(), r.what(), s.size(), r.p(0.50), r.p(0.95), percentile(s, Sample::server, 0.5),
                    100 * r.serverShare(), s.stream().mapToInt(Sample::roundTrips).average().orElse(0),
                    s.stream().mapToLong(Sample::bytes).average().orElse(0) / 1024.0,
                    percentile(s, Sample::before, 0.5), percentile(s, Sample::requests, 0.5),
                    percentile(s, Sample::after, 0.5), r.target(), verdict,
                    r.note() == null ? "" : " (" + r.note() + ")"));
            json.append(String.format(Locale.ROOT, "    {\"phase\": \"%s\", \"what\": \"%s\", \"n\": %d, \"p50\": %.2f, "
                            + "\"p95\": %.2f, \"max\": %.2f, \"serverP50\": %.2f, \"serverP95\": %.2f, \"serverShare\": %.4f, "
                            + "\"roundTrips\": %.2f, \"kbPerInteraction\": %.2f, \"beforeFirstRequestP50\": %.2f, "
                            + "\"requestsP50\": %.2f, \"afterLastResponseP50\": %.2f, \"target\": \"%s\", \"met\": %s, "
                            + "\"note\": \"%s\"}%s%n",
                    r.phase(), escape(r.what()), s.size(), r.p(0.50), r.p(0.95), r.p(1.0),
                    percentile(s, Sample::server, 0.5), percentile(s, Sample::server, 0.95), r.serverShare(),
                    s.stream().mapToInt(Sample::roundTrips).average().orElse(0),
                    s.stream().mapToLong(Sample::bytes).average().orElse(0) / 1024.0,
                    percentile(s, Sample::before, 0.5), percentile(s, Sample::requests, 0.5),
                    percentile(s, Sample::after, 0.5), escape(r.target()), r.met() == null ? "null" : r.met(),
                    r.note() == null ? "" : escape(r.note()), i < ROWS.size() - 1 ? "," : ""));
        }
        json.append("  ]\n}\n");
        NOTES.forEach(n -> table.append("  * ").append(n).append('\n'));
        table.append("""
                  Columns: p50/p95 in ms from the input event (or the navigation's start) to the condition in the DOM,
                  measured in Chromium; srv p50 = server time of the same context's requests in that window (servlet
                  filter); srv %% = server time / total over all samples; rt = UIDL round trips; KB = UIDL response bytes;
                  before/req/after = input to first request, first request to last response, last response to screen.
                """.replace("%%", "%"));
        try {
            Path out = Path.of("target/bench/browser-results.json");
            Files.createDirectories(out.getParent());
            Files.writeString(out, json.toString());
            Files.writeString(Path.of("target/bench/browser-results.txt"), table.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoggerFactory.getLogger(BrowserReport.class).warn("Browser benchmark results{}", table);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "'").replace("\n", " ");
    }

}
