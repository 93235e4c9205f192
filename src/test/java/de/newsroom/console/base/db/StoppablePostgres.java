package de.newsroom.console.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server that a test can stop and start again on the same data directory and port (an outage and
 * its end), or freeze and thaw (SIGSTOP / SIGCONT of the postmaster and its backends: a server that accepts TCP
 * connections but never answers).
 */
public final class StoppablePostgres implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres server;

    public StoppablePostgres() throws IOException {
        this.dataDir = Files.createTempDirectory("newsroom-outage-pg");
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public synchronized void start() throws IOException {
        server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("max_connections", "50")
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8")
                .start();
    }

    /** Stops the server (fast shutdown: open connections are terminated); the data directory stays. */
    public synchronized void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Stops the postmaster and every backend with SIGSTOP: connections stay open, nothing answers. */
    public void freeze() throws IOException, InterruptedException {
        signal("-STOP");
    }

    public void thaw() throws IOException, InterruptedException {
        signal("-CONT");
    }

    private void signal(String signal) throws IOException, InterruptedException {
        long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().trim());
        List<String> command = new ArrayList<>(List.of("kill", signal, String.valueOf(postmaster)));
        ProcessHandle.of(postmaster).orElseThrow().descendants()
                .forEach(p -> command.add(String.valueOf(p.pid())));
        Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (kill.waitFor() != 0) {
            throw new IOException("kill " + signal + " failed: " + new String(kill.getInputStream().readAllBytes()));
        }
    }

    @Override
    public void close() throws IOException {
        try {
            thaw();
        } catch (Exception ignored) {
            // not frozen, or already gone
        }
        stop();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
