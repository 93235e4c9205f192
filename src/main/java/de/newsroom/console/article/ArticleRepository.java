package de.newsroom.console.article;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

    /** Loads and row-locks the article, so concurrent saves of one article are judged one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Article a where a.id = ?1")
    Optional<Article> findForUpdate(Long id);

    /** Claims due scheduled articles; rows another instance holds are skipped, so each is published once. */
    @Query(value = """
            select id from article where status = 'SCHEDULED' and scheduled_at <= ?1
            order by scheduled_at, id limit ?2 for update skip locked""", nativeQuery = true)
    List<Long> claimDue(Instant now, int limit);

    @Query(value = "select exists (select 1 from article where slug = ?1 and id <> ?2) "
            + "or exists (select 1 from article_slug_alias where slug = ?1 and article_id <> ?2)", nativeQuery = true)
    boolean slugTaken(String slug, long exceptArticleId);
}
