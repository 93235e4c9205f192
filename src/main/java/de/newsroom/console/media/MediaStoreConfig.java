package de.newsroom.console.media;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Picks the picture store: the S3-compatible bucket when {@code newsroom.media.s3.endpoint} is set
 * ({@code NEWSROOM_MEDIA_S3_ENDPOINT}), PostgreSQL otherwise.
 */
@Configuration(proxyBeanMethods = false)
class MediaStoreConfig {

    private static final Logger log = LoggerFactory.getLogger(MediaStoreConfig.class);

    @Bean
    PostgresMediaStore postgresMediaStore(JdbcTemplate jdbc) {
        return new PostgresMediaStore(jdbc);
    }

    @Bean
    @Primary
    MediaStore mediaStore(PostgresMediaStore postgres,
                          @Value("${newsroom.media.s3.endpoint:}") String endpoint,
                          @Value("${newsroom.media.s3.region:}") String region,
                          @Value("${newsroom.media.s3.bucket:newsroom-media}") String bucket,
                          @Value("${newsroom.media.s3.access-key:}") String accessKey,
                          @Value("${newsroom.media.s3.secret-key:}") String secretKey) {
        if (endpoint == null || endpoint.isBlank()) {
            return postgres;
        }
        if (accessKey.isBlank() || secretKey.isBlank()) {
            throw new IllegalStateException("NEWSROOM_MEDIA_S3_ENDPOINT is set: NEWSROOM_MEDIA_S3_ACCESS_KEY and "
                    + "NEWSROOM_MEDIA_S3_SECRET_KEY must be set too");
        }
        S3MediaStore s3 = S3MediaStore.connect(endpoint, region, bucket, accessKey, secretKey);
        s3.ensureBucket();
        log.info("Pictures are stored in the S3 bucket '{}' at {}", bucket, endpoint);
        return s3;
    }
}
