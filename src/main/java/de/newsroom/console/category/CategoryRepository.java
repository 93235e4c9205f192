package de.newsroom.console.category;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CategoryRepository extends JpaRepository<Category, Long> {

    @Query("select c from Category c order by c.path")
    List<Category> findAllByPath();

    /** The node and its ancestors up to the root: what one node's trail needs, without reading the whole tree. */
    @Query(value = """
            with recursive up as (
                select * from category where id = ?1
                union all
                select c.* from category c join up on c.id = up.parent_id)
            select * from up""", nativeQuery = true)
    List<Category> selfAndAncestors(Long id);

    @Query("select coalesce(max(c.position), -1) from Category c where "
            + "(:parentId is null and c.parentId is null) or c.parentId = :parentId")
    int maxPosition(Long parentId);

    /** Loads and row-locks a node, so that two changes of the same node run one after the other on fresh data. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Category c where c.id = :id")
    Optional<Category> lockById(Long id);

    @Query("select c from Category c where (:parentId is null and c.parentId is null) or c.parentId = :parentId "
            + "order by c.position, c.name")
    List<Category> siblings(Long parentId);
}
