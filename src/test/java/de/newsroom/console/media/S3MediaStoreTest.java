package de.newsroom.console.media;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.IntegrationTest;
import de.newsroom.console.TaxonomyTestSecurity;
import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.domain.CurrentUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;

/** The S3 store against a real S3 API server (s3proxy in its own JVM), and the copies from PostgreSQL and back. */
@IntegrationTest
@WithMockUser(username = "editor", roles = "EDITOR")
class S3MediaStoreTest {

    private static S3Server server;
    private static S3MediaStore s3;

    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired AuditLog audit;
    @Autowired CurrentUser currentUser;
    @Autowired Clock clock;
    @Autowired PostgresMediaStore database;
    @Autowired ApplicationContext ctx;

    @BeforeAll
    static void startServer() throws Exception {
        server = S3Server.start();
        s3 = S3MediaStore.connect(server.endpoint(), "eu-central-1", "newsroom-media", S3Server.ACCESS_KEY,
                S3Server.SECRET_KEY);
        s3.ensureBucket();
    }

    @AfterAll
    static void stopServer() {
        if (s3 != null) {
            s3.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void security() {
        TaxonomyTestSecurity.useStrategyOf(ctx);
    }

    @Test
    void put_get_exists_delete_and_list_against_a_real_s3_api() {
        byte[] bytes = TestImages.jpeg(50, 40);
        s3.put("0123456789abcdef-320.jpg", bytes, "image/jpeg");

        assertThat(s3.get("0123456789abcdef-320.jpg")).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
        assertThat(s3.exists("0123456789abcdef-320.jpg")).isTrue();
        assertThat(s3.exists("ffffffffffffffff-320.jpg")).isFalse();
        assertThat(s3.get("ffffffffffffffff-320.jpg")).isEmpty();
        assertThat(s3.keys(null, 1000)).contains("0123456789abcdef-320.jpg");

        s3.delete("0123456789abcdef-320.jpg");
        assertThat(s3.exists("0123456789abcdef-320.jpg")).isFalse();
        s3.ensureBucket(); // a second call finds the bucket
    }

    @Test
    void an_upload_through_the_service_lands_in_the_bucket_not_in_postgresql() {
        var service = new MediaService(jdbc, s3, transactions, audit, currentUser, clock);

        MediaImage image = service.upload("s3.jpg", TestImages.jpeg(900, 500)).image();

        List<String> files = jdbc.queryForList("select file_name from media_rendition where image_id = ?",
                String.class, image.id());
        assertThat(files).isNotEmpty().allSatisfy(f -> assertThat(s3.exists(f)).as(f).isTrue());
        assertThat(jdbc.queryForObject("select count(*) from media_blob where key = any(?)", Integer.class,
                (Object) files.toArray(String[]::new))).isZero();
        assertThat(service.published(List.of(image.id())).get(image.id()).srcset()).contains("-640.jpg 640w");
    }

    @Test
    void the_copy_moves_every_database_blob_into_the_bucket_and_can_run_again() {
        MediaImage image = ctx.getBean(MediaService.class).upload("pg.jpg", TestImages.jpeg(700, 300)).image();
        List<String> keys = new ArrayList<>(jdbc.queryForList("select file_name from media_rendition where image_id = ?",
                String.class, image.id()));
        keys.add(MediaService.originalKey(jdbc.queryForObject("select sha256 from media_image where id = ?",
                String.class, image.id())));

        int copied = MediaBlobCopy.copy(database, s3);
        int again = MediaBlobCopy.copy(database, s3);

        assertThat(copied).isGreaterThanOrEqualTo(keys.size());
        assertThat(again).isZero();
        for (String key : keys) {
            assertThat(s3.get(key)).as(key).hasValueSatisfying(b ->
                    assertThat(b).isEqualTo(database.get(key).orElseThrow()));
        }
    }

    @Test
    void the_copy_back_moves_every_bucket_object_into_postgresql_and_can_run_again() {
        var service = new MediaService(jdbc, s3, transactions, audit, currentUser, clock);
        MediaImage image = service.upload("zurueck.jpg", TestImages.jpeg(660, 330)).image();
        List<String> keys = new ArrayList<>(jdbc.queryForList("select file_name from media_rendition where image_id = ?",
                String.class, image.id()));
        keys.add(MediaService.originalKey(jdbc.queryForObject("select sha256 from media_image where id = ?",
                String.class, image.id())));
        assertThat(keys).allSatisfy(k -> assertThat(database.exists(k)).as(k).isFalse());

        int copied = MediaBlobCopy.copy(s3, database);
        int again = MediaBlobCopy.copy(s3, database);

        assertThat(copied).isGreaterThanOrEqualTo(keys.size());
        assertThat(again).isZero();
        for (String key : keys) {
            assertThat(database.get(key)).as(key).hasValueSatisfying(b ->
                    assertThat(b).isEqualTo(s3.get(key).orElseThrow()));
        }
    }
}
