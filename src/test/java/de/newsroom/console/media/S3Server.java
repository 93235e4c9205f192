package de.newsroom.console.media;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real S3 API server for tests: s3proxy (Jetty + jclouds' in-memory store) from the jar that Maven copies into
 * {@code target/s3proxy/}, run in its own JVM so its Jetty and jclouds stay off the console's class path.
 */
final class S3Server implements AutoCloseable {

    static final String ACCESS_KEY = "newsroom-test";
    static final String SECRET_KEY = "newsroom-test-secret";

    private final Process process;
    private final int port;
    private final Path log;

    private S3Server(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static S3Server start() throws IOException, InterruptedException {
        Path jar = Path.of("target", "s3proxy", "s3proxy.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run the test through Maven "
                    + "(maven-dependency-plugin copies it in generate-test-resources)");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path config = Files.createTempFile("s3proxy", ".properties");
        Files.writeString(config, String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=transient",
                "jclouds.identity=unused",
                "jclouds.credential=unused") + "\n");
        Path log = Files.createTempFile("s3proxy", ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", jar.toAbsolutePath().toString(),
                "--properties", config.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        S3Server server = new S3Server(process, port, log);
        server.awaitPort();
        return server;
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitPort() throws InterruptedException, IOException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("s3proxy ended: " + Files.readString(log));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        close();
        throw new IllegalStateException("s3proxy did not open its port in 60 s: " + Files.readString(log));
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
