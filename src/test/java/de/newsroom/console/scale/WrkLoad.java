package de.newsroom.console.scale;

import de.newsroom.console.scale.BenchReport.Stats;
import de.newsroom.console.scale.NewsroomBenchmark.Load;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * The POST row's load: {@code wrk} (a C event loop that costs the two shared cores next to nothing per request, the
 * way {@code pgbench} drives the row's baseline) posting unique comments over keep-alive connections, through
 * {@code bench/post-comment.lua}. Empty where wrk is not installed.
 */
final class WrkLoad {

    private static final Pattern RESULT = Pattern.compile("^wrk-result (.*)$", Pattern.MULTILINE);

    private WrkLoad() {
    }

    /** What wrk measured, and how many answers tried to start a session. */
    record Posts(Load load, long sessions) {
    }

    static Optional<Path> executable() {
        return Stream.of("/usr/bin/wrk", "/usr/local/bin/wrk").map(Path::of).filter(Files::isExecutable).findFirst();
    }

    static Optional<Posts> postComments(String url, int connections, Duration warmup, Duration measure)
            throws IOException, InterruptedException {
        Optional<Path> wrk = executable();
        if (wrk.isEmpty()) {
            return Optional.empty();
        }
        Path script = script("post-comment.lua");
        // The label keeps the measured run's comments apart from the warm-up's, whose counters start at 1 as well.
        run(wrk.get(), script, url, connections, warmup, "w");
        return Optional.of(run(wrk.get(), script, url, connections, measure, "m"));
    }

    /**
     * The report row's load: each request reports the next comment of {@code ids} (one id a line), the warm-up
     * from the first, the measured run from {@code measuredOffset} on.
     */
    static Optional<Posts> reportComments(String baseUrl, Path ids, int measuredOffset, int connections,
                                          Duration warmup, Duration measure) throws IOException, InterruptedException {
        Optional<Path> wrk = executable();
        if (wrk.isEmpty()) {
            return Optional.empty();
        }
        Path script = script("report-comment.lua");
        run(wrk.get(), script, baseUrl, connections, warmup, ids.toAbsolutePath().toString(), "0");
        return Optional.of(run(wrk.get(), script, baseUrl, connections, measure, ids.toAbsolutePath().toString(),
                String.valueOf(measuredOffset)));
    }

    /** Copies the script {@code name} and the part it shares, {@code wrk-common.lua}, to target/bench/wrk. */
    private static Path script(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target/bench/wrk").toAbsolutePath());
        for (String file : List.of("wrk-common.lua", name)) {
            try (InputStream lua = WrkLoad.class.getResourceAsStream("/bench/" + file)) {
                Files.write(dir.resolve(file), lua.readAllBytes());
            }
        }
        return dir.resolve(name);
    }

    private static Posts run(Path wrk, Path script, String url, int connections, Duration duration, String... args)
            throws IOException, InterruptedException {
        String label = String.join(" ", args);
        // Two threads for two cores; the timeout is long so that a slow answer on a busy machine counts as latency
        // rather than as an error.
        List<String> command = new java.util.ArrayList<>(List.of(wrk.toString(), "-t", "2", "-c",
                String.valueOf(connections), "-d", duration.toSeconds() + "s", "--timeout", "10s", "-s",
                script.toString(), url, "--"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        Matcher line = RESULT.matcher(output);
        if (!line.find()) {
            throw new IllegalStateException("no wrk-result line in wrk's output:\n" + output);
        }
        LoggerFactory.getLogger(WrkLoad.class).warn("wrk, {} s, label {}: {}", duration.toSeconds(), label,
                line.group());
        Map<String, Double> v = new HashMap<>();
        for (String pair : line.group(1).trim().split(" ")) {
            String[] kv = pair.split("=", 2);
            v.put(kv[0], Double.parseDouble(kv[1]));
        }
        double seconds = v.get("duration_us") / 1e6;
        long failures = (long) (v.get("not202") + v.get("connect") + v.get("read") + v.get("write")
                + v.get("timeout"));
        double accepted = v.get("requests") - v.get("not202");
        Stats latency = new Stats(v.get("p50_us") / 1000, v.get("p99_us") / 1000, v.get("mean_us") / 1000,
                (int) v.get("requests").doubleValue());
        return new Posts(new Load(accepted / seconds, latency, failures), v.get("cookies").longValue());
    }
}
