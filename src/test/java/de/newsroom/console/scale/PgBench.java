package de.newsroom.console.scale;

import de.newsroom.console.scale.BenchReport.Stats;
import de.newsroom.console.scale.NewsroomBenchmark.Load;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The POST row's baseline: PostgreSQL's own {@code pgbench} inserting one comment row per transaction into the same
 * server, with as many clients as the HTTP load has connections. Empty where pgbench is not installed.
 */
final class PgBench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private PgBench() {
    }

    static Optional<Path> executable() {
        return Stream.of("/usr/bin/pgbench", "/usr/local/bin/pgbench").map(Path::of).filter(Files::isExecutable)
                .findFirst();
    }

    static Optional<Load> insertLoad(int port, long articleId, int clients, Duration warmup, Duration measure)
            throws IOException, InterruptedException {
        Optional<Path> pgbench = executable();
        if (pgbench.isEmpty()) {
            return Optional.empty();
        }
        Path dir = Files.createDirectories(Path.of("target/bench/pgbench").toAbsolutePath());
        Path script = dir.resolve("insert-comment.sql");
        Files.writeString(script, """
                \\set n random(1, 1000000000)
                insert into comment (article_id, author_name, body, status) values (%d, 'Roh ' || :n, 'Baseline-Einfügung ' || :n, 'PENDING');
                """.formatted(articleId));
        run(pgbench.get(), dir, script, port, clients, warmup, false);
        return Optional.of(run(pgbench.get(), dir, script, port, clients, measure, true));
    }

    /** {@code script} (pgbench's script language) from {@code clients} clients: warm-up, then the measured run. */
    static Optional<Load> scriptLoad(int port, String name, String script, int clients, Duration warmup,
                                     Duration measure) throws IOException, InterruptedException {
        Optional<Path> pgbench = executable();
        if (pgbench.isEmpty()) {
            return Optional.empty();
        }
        Path dir = Files.createDirectories(Path.of("target/bench/pgbench-" + name).toAbsolutePath());
        Path file = dir.resolve(name + ".sql");
        Files.writeString(file, script);
        run(pgbench.get(), dir, file, port, clients, warmup, false);
        return Optional.of(run(pgbench.get(), dir, file, port, clients, measure, true));
    }

    private static Load run(Path pgbench, Path dir, Path script, int port, int clients, Duration duration,
                            boolean logLatencies) throws IOException, InterruptedException {
        try (Stream<Path> old = Files.list(dir)) {
            for (Path log : old.filter(p -> p.getFileName().toString().startsWith("tx")).toList()) {
                Files.delete(log);
            }
        }
        List<String> command = new ArrayList<>(List.of(pgbench.toString(), "-n", "-h", "localhost", "-p",
                String.valueOf(port), "-U", "postgres", "-c", String.valueOf(clients), "-j", "2", "-T",
                String.valueOf(duration.toSeconds()), "-f", script.toString()));
        if (logLatencies) {
            command.addAll(List.of("-l", "--log-prefix=" + dir.resolve("tx")));
        }
        command.add("postgres");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("no tps in pgbench's output:\n" + output);
        }
        long[] latencies = new long[0];
        if (logLatencies) {
            List<Long> micros = new ArrayList<>();
            try (Stream<Path> logs = Files.list(dir)) {
                for (Path log : logs.filter(p -> p.getFileName().toString().startsWith("tx")).toList()) {
                    for (String line : Files.readAllLines(log)) {
                        String[] fields = line.trim().split("\\s+");
                        micros.add(Long.parseLong(fields[2]));
                    }
                }
            }
            latencies = micros.stream().mapToLong(us -> us * 1000).toArray();
        }
        Stats stats = latencies.length == 0 ? new Stats(0, 0, 0, 0) : Stats.ofNanos(latencies);
        return new Load(Double.parseDouble(tps.group(1)), stats, 0);
    }
}
