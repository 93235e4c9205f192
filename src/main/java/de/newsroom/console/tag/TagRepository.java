package de.newsroom.console.tag;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TagRepository extends JpaRepository<Tag, Long> {

    Optional<Tag> findByKey(String key);

    @Query(value = "select t.id from tag t join tag_alias a on a.tag_id = t.id where a.key = ?1", nativeQuery = true)
    Optional<Long> findIdByAliasKey(String key);

    // German order (collation newsroom_de, V67): "Ärger" beside "Arzt", "Ehrenamt" before "EU". Before, the
    // editor's keyword field listed by the database's default order ("EU" before "Ehrenamt", "Ä" after "Z").
    @Query(value = """
            select t.* from tag t
            where t.key like ?1 || '%'
               or exists (select 1 from tag_alias a where a.tag_id = t.id and a.key like ?1 || '%')
            order by t.name collate newsroom_de, t.id limit ?2""", nativeQuery = true)
    List<Tag> searchByKeyPrefix(String keyPrefix, int limit);
}
