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

    @Query(value = """
            select distinct t.* from tag t left join tag_alias a on a.tag_id = t.id
            where t.key like ?1 || '%' or a.key like ?1 || '%'
            order by t.name limit ?2""", nativeQuery = true)
    List<Tag> searchByKeyPrefix(String keyPrefix, int limit);
}
