package de.newsroom.console.base.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL from Maven artifacts when no {@code spring.datasource.url} is configured, so a fresh clone
 * runs with one command. With an external URL set, this configuration stays inactive and Boot's own DataSource is used.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
public class EmbeddedPostgresConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${newsroom.embedded-db.data-dir:./data/pg}") String dataDir,
                                      @Value("${newsroom.embedded-db.port:54329}") int port,
                                      @Value("${newsroom.embedded-db.clean:false}") boolean clean) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "100")
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8");
        if (clean) {
            // Tests: a fresh cluster in a temporary folder on a free port, removed on close.
            builder.setCleanDataDirectory(true);
        } else {
            Path dir = Path.of(dataDir).toAbsolutePath();
            Files.createDirectories(dir);
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
        }
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres pg = builder.start();
        log.info("Embedded PostgreSQL running on port {}{}", pg.getPort(),
                clean ? " (temporary cluster)" : " with data in " + Path.of(dataDir).toAbsolutePath());
        return pg;
    }

    /**
     * Short waits so that an unreachable or hanging server fails requests within about a second instead of tying
     * them up: the pool gives up after {@code spring.datasource.hikari.connection-timeout} (1 s), a connection that
     * has been idle is checked for at most 500 ms, pgjdbc gives up connecting and logging in after 2 s. The socket
     * timeout stays long (60 s) because some work runs long statements (migrations, the scale data generator); the
     * request paths that must fail fast set a shorter one on their connection ({@link DatabaseGuard}).
     */
    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres pg,
                          @Value("${newsroom.embedded-db.pool-size:10}") int poolSize,
                          @Value("${spring.datasource.hikari.connection-timeout:1000}") long connectionTimeout,
                          @Value("${spring.datasource.hikari.validation-timeout:500}") long validationTimeout) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres")
                + "&connectTimeout=2&loginTimeout=2&socketTimeout=60&tcpKeepAlive=true"
                + "&ApplicationName=newsroom-console");
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setConnectionTimeout(connectionTimeout);
        config.setValidationTimeout(validationTimeout);
        config.setPoolName("newsroom-embedded");
        return new HikariDataSource(config);
    }
}
