package de.newsroom.console.category;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CategoryRepository extends JpaRepository<Category, Long> {

    @Query("select c from Category c order by c.path")
    List<Category> findAllByPath();

    @Query("select coalesce(max(c.position), -1) from Category c where "
            + "(:parentId is null and c.parentId is null) or c.parentId = :parentId")
    int maxPosition(Long parentId);
}
