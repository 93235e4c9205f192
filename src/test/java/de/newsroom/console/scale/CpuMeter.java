package de.newsroom.console.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * Where the CPU went during a load: this JVM (the server; the load client too where wrk is missing) against the
 * PostgreSQL server processes, read from /proc (Linux only; prints nothing elsewhere). A diagnosis aid for the
 * throughput row, not a figure of its own.
 */
final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100.0;
    private final long jvmStart = jvmTicks();
    private final long postgresStart = postgresTicks();
    private final long wallStart = System.nanoTime();

    /** Logs the CPU milliseconds per unit of work since this meter was made. */
    void report(String what, double units) {
        double wall = (System.nanoTime() - wallStart) / 1e9;
        double jvm = (jvmTicks() - jvmStart) / TICKS_PER_SECOND;
        double pg = (postgresTicks() - postgresStart) / TICKS_PER_SECOND;
        LoggerFactory.getLogger(CpuMeter.class).warn(String.format(java.util.Locale.ROOT,
                "%s: %.1f s wall, JVM %.1f CPU-s, PostgreSQL (this server) %.1f CPU-s; per unit (of %.0f, measured phase only): "
                        + "JVM %.3f ms, PostgreSQL %.3f ms", what, wall, jvm, pg, units,
                jvm * 1000 / Math.max(units, 1), pg * 1000 / Math.max(units, 1)));
    }

    private static long jvmTicks() {
        return ticks(Path.of("/proc/self/stat"));
    }

    private static long postgresTicks() {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            String postmaster = postmasterPid();
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> comm(p).startsWith("postgres"))
                    .filter(p -> postmaster.equals(p.getFileName().toString()) || postmaster.equals(parent(p)))
                    .mapToLong(p -> ticks(p.resolve("stat"))).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The benchmark's own server: the first line of its data directory's postmaster.pid. */
    private static String postmasterPid() {
        try {
            return Files.readAllLines(Path.of("data/pg-scale/postmaster.pid")).getFirst().trim();
        } catch (IOException | RuntimeException e) {
            return "none";
        }
    }

    private static String parent(Path proc) {
        try {
            String text = Files.readString(proc.resolve("stat"));
            return text.substring(text.lastIndexOf(')') + 2).split(" ")[1];
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static String comm(Path proc) {
        try {
            return Files.readString(proc.resolve("comm")).trim();
        } catch (IOException e) {
            return "";
        }
    }

    private static long ticks(Path stat) {
        try {
            String text = Files.readString(stat);
            String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
