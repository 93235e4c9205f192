package de.newsroom.console.category;

import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.domain.Slugs;
import de.newsroom.console.base.domain.Texts;
import de.newsroom.console.base.domain.TextLimits;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes the category tree. Anyone signed in may read it; only admins change it. */
@Service
public class CategoryService {

    private final CategoryRepository categories;
    private final AuditLog audit;
    private final Clock clock;

    CategoryService(CategoryRepository categories, AuditLog audit, Clock clock) {
        this.categories = categories;
        this.audit = audit;
        this.clock = clock;
    }

    /** The whole tree, depth-first, siblings by position. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<CategoryNode> tree() {
        return toTree(categories.findAll());
    }

    /** One category by id. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<CategoryNode> find(Long id) {
        return tree().stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** Creates a category under {@code parentId} (null for a root), placed after its siblings. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public CategoryNode create(Long parentId, String name, String description) {
        String cleanName = Texts.normalize(name);
        if (Texts.check(cleanName, 1, TextLimits.CATEGORY_NAME) != de.newsroom.console.base.domain.TextProblem.OK) {
            throw new IllegalArgumentException("category name must have 1 to " + TextLimits.CATEGORY_NAME + " characters");
        }
        String slug = Slugs.slugify(cleanName);
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("category name needs at least one letter or digit");
        }
        String parentPath = parentId == null ? null
                : categories.findById(parentId).orElseThrow(() -> new IllegalArgumentException("no such parent")).getPath();
        String path = parentPath == null ? slug : parentPath + "/" + slug;
        var created = categories.saveAndFlush(new Category(parentId, cleanName, slug, path, Texts.normalize(description),
                categories.maxPosition(parentId) + 1, clock.instant()));
        audit.record("CATEGORY_CREATED", "category", created.getId(), path);
        return find(created.getId()).orElseThrow();
    }

    static List<CategoryNode> toTree(List<Category> all) {
        Map<Long, List<Category>> children = new HashMap<>();
        for (Category c : all) {
            children.computeIfAbsent(c.getParentId() == null ? 0L : c.getParentId(), k -> new ArrayList<>()).add(c);
        }
        Comparator<Category> order = Comparator.comparingInt(Category::getPosition).thenComparing(Category::getName);
        children.values().forEach(list -> list.sort(order));
        List<CategoryNode> out = new ArrayList<>(all.size());
        walk(0L, List.of(), children, out);
        return out;
    }

    private static void walk(Long parent, List<String> trail, Map<Long, List<Category>> children, List<CategoryNode> out) {
        for (Category c : children.getOrDefault(parent, List.of())) {
            List<String> own = new ArrayList<>(trail);
            own.add(c.getName());
            out.add(new CategoryNode(c.getId(), c.getParentId(), c.getName(), c.getSlug(), c.getPath(),
                    c.getDescription(), c.getPosition(), c.getVersion(), List.copyOf(own)));
            walk(c.getId(), own, children, out);
        }
    }
}
