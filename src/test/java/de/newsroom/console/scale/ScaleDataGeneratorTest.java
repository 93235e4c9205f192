package de.newsroom.console.scale;

import static org.assertj.core.api.Assertions.assertThat;

import de.newsroom.console.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ScaleDataGeneratorTest {

    @Autowired
    ScaleDataGenerator generator;

    @Autowired
    JdbcTemplate jdbc;

    private String fingerprint(String prefix) {
        return jdbc.queryForObject("""
                select md5(string_agg(title || '|' || status || '|' || category_id, ',' order by id))
                from article where slug like ? || '-%'""", String.class, prefix);
    }

    @Test
    void a_small_newsroom_is_generated_with_the_promised_shape_and_the_same_seed_repeats_it() {
        long commentsBefore = jdbc.queryForObject("select count(*) from comment", Long.class);
        generator.generate(new ScaleDataGenerator.Size(2_000, 300, 20_000, 50), 7, "scale-a");

        assertThat(jdbc.queryForObject("select count(*) from article where slug like 'scale-a-%'", Long.class))
                .isEqualTo(2_000);
        assertThat(jdbc.queryForObject("select count(*) from comment", Long.class) - commentsBefore)
                .isEqualTo(20_000);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username ~ '^(redakteur|moderator|admin)[0-9]+$'",
                Long.class)).isEqualTo(50);
        double pendingShare = jdbc.queryForObject("""
                select avg(case when c.status = 'PENDING' then 1.0 else 0 end) from comment c
                join article a on a.id = c.article_id where a.slug like 'scale-a-%'""", Double.class);
        assertThat(pendingShare).isBetween(0.15, 0.30);
        assertThat(jdbc.queryForObject("""
                select count(*) from comment r join comment p on p.id = r.parent_id
                where r.article_id <> p.article_id""", Long.class)).as("replies stay in their article").isZero();
        assertThat(jdbc.queryForObject("select count(*) from comment where parent_id is not null", Long.class))
                .isGreaterThan(1_000);
        long topTag = jdbc.queryForObject("""
                select max(n) from (select count(*) n from article_tag at join article a on a.id = at.article_id
                where a.slug like 'scale-a-%' group by tag_id) x""", Long.class);
        double medianTag = jdbc.queryForObject("""
                select percentile_cont(0.5) within group (order by n) from (select count(*) n from article_tag at
                join article a on a.id = at.article_id where a.slug like 'scale-a-%' group by tag_id) x""", Double.class);
        assertThat(topTag).as("long tail: the top tag is far above the median").isGreaterThan((long) (medianTag * 10));
        assertThat(jdbc.queryForObject("""
                select count(*) from article where slug like 'scale-a-%'
                and search_vector @@ websearch_to_tsquery('german', 'Mitarbeiter')""", Long.class))
                .as("German stemming reaches the generated bodies (Mitarbeitern in about a fifth)")
                .isBetween(200L, 700L);

        assertThat(jdbc.queryForObject("""
                select count(*) from article a where a.slug like 'scale-a-%' and not exists
                (select 1 from article_byline b where b.article_id = a.id and b.user_id = a.author_id)""", Long.class))
                .as("every article signed by its author: without a byline the editor cannot save it").isZero();

        generator.generate(new ScaleDataGenerator.Size(2_000, 300, 0, 50), 7, "scale-b");
        assertThat(fingerprint("scale-b")).isEqualTo(fingerprint("scale-a"));
    }

    @Test
    void pictures_go_into_the_media_library_with_their_renditions() {
        long before = jdbc.queryForObject("select count(*) from media_image", Long.class);
        generator.pictures(2, 90_000);
        assertThat(jdbc.queryForObject("select count(*) from media_image", Long.class) - before).isEqualTo(2);
        assertThat(jdbc.queryForObject("""
                select min(n) from (select count(r.file_name) n from media_image i
                left join media_rendition r on r.image_id = i.id where i.file_name like 'skalierung-bild-9000%'
                group by i.id) x""", Long.class)).as("renditions of each picture").isPositive();
        assertThat(generator.hasNoPictures()).isFalse();
    }
}
