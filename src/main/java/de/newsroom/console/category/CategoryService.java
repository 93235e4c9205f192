package de.newsroom.console.category;

import de.newsroom.console.base.domain.AdminOnly;
import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.domain.Slugs;
import de.newsroom.console.base.domain.TextLimits;
import de.newsroom.console.base.domain.TextProblem;
import de.newsroom.console.base.domain.Texts;
import de.newsroom.console.category.CategoryException.Reason;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the category tree. Anyone signed in may read it; only admins change it. Every change locks the
 * node's row and compares the version the caller saw, so two admins working on the same node never overwrite each
 * other silently: the second one gets {@link Reason#STALE} or {@link Reason#NOT_FOUND}.
 */
@Service
public class CategoryService {

    private final CategoryRepository categories;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CategoryService(CategoryRepository categories, JdbcTemplate jdbc, AuditLog audit, Clock clock,
                    ApplicationEventPublisher events) {
        this.categories = categories;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
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

    /**
     * Number of articles (any status) per category, each including the articles of all its descendants. Categories
     * without articles are missing from the map. One query: direct counts rolled up by path prefix.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<Long, Long> articleCounts() {
        Map<Long, Long> counts = new HashMap<>();
        // Direct counts first (one pass over article's category index, in the view article publishes: decision 10),
        // then rolled up along the path prefixes. Still one statement.
        jdbc.query("""
                select c.id, sum(d.articles) as n
                from category c
                join category cc on cc.id = c.id or cc.path like c.path || '/%'
                join article_category_count d on d.category_id = cc.id
                group by c.id""", rs -> {
            counts.put(rs.getLong(1), rs.getLong(2));
        });
        return counts;
    }

    /** Creates a category under {@code parentId} (null for a root), placed after its siblings. */
    @Transactional
    @AdminOnly
    public CategoryNode create(Long parentId, String name, String description) {
        String cleanName = checkName(name);
        String cleanDescription = checkDescription(description);
        String slug = Slugs.slugify(cleanName, TextLimits.CATEGORY_SLUG);
        Category parent = parentId == null ? null
                : categories.lockById(parentId).orElseThrow(() -> new CategoryException(Reason.INVALID_TARGET, null));
        requireFreeAmongSiblings(parentId, null, cleanName, slug);
        String path = childPath(parent, slug);
        var created = categories.saveAndFlush(new Category(parentId, cleanName, slug, path, cleanDescription,
                categories.maxPosition(parentId) + 1, clock.instant()));
        audit.record("CATEGORY_CREATED", "category", created.getId(), path);
        return find(created.getId()).orElseThrow();
    }

    /**
     * Renames a category and changes its description. The slug follows the name, and the paths of the node and its
     * whole subtree are rewritten in the same transaction.
     */
    @Transactional
    @AdminOnly
    public CategoryNode update(Long id, long expectedVersion, String name, String description) {
        Category node = lockCurrent(id, expectedVersion);
        String cleanName = checkName(name);
        String cleanDescription = checkDescription(description);
        String slug = Slugs.slugify(cleanName, TextLimits.CATEGORY_SLUG);
        requireFreeAmongSiblings(node.getParentId(), id, cleanName, slug);
        String oldPath = node.getPath();
        String oldName = node.getName();
        Category parent = node.getParentId() == null ? null : categories.findById(node.getParentId()).orElseThrow();
        String newPath = childPath(parent, slug);
        node.rename(cleanName, slug, newPath, cleanDescription, clock.instant());
        categories.flush();
        int moved = rewriteSubtreePaths(oldPath, newPath);
        audit.record("CATEGORY_UPDATED", "category", id, oldName.equals(cleanName)
                ? newPath + " (description)" : oldPath + " → " + newPath + (moved > 0 ? ", " + moved + " below" : ""));
        return find(id).orElseThrow();
    }

    /**
     * Moves a category under {@code newParentId} (null: to the top level) at {@code index} among its new siblings
     * ({@code null} or past the end: last). Moving a node under itself or one of its descendants is refused with
     * {@link Reason#CYCLE}. Also reorders within the same parent.
     */
    @Transactional
    @AdminOnly
    public CategoryNode move(Long id, long expectedVersion, Long newParentId, Integer index) {
        Category node = lockCurrent(id, expectedVersion);
        Category parent = null;
        if (newParentId != null) {
            if (newParentId.equals(id)) {
                throw new CategoryException(Reason.CYCLE, node.getName());
            }
            parent = categories.lockById(newParentId)
                    .orElseThrow(() -> new CategoryException(Reason.INVALID_TARGET, null));
            if (parent.getPath().startsWith(node.getPath() + "/")) {
                throw new CategoryException(Reason.CYCLE, parent.getName());
            }
        }
        boolean sameParent = Objects.equals(node.getParentId(), newParentId);
        if (!sameParent) {
            requireFreeAmongSiblings(newParentId, id, node.getName(), node.getSlug());
        }
        String oldPath = node.getPath();
        String newPath = childPath(parent, node.getSlug());

        List<Category> siblings = new ArrayList<>(categories.siblings(newParentId));
        siblings.removeIf(s -> s.getId().equals(id));
        int at = index == null ? siblings.size() : Math.max(0, Math.min(index, siblings.size()));
        siblings.add(at, node);
        Instant now = clock.instant();
        for (int i = 0; i < siblings.size(); i++) {
            Category s = siblings.get(i);
            if (s == node) {
                node.moveTo(newParentId, newPath, i, now);
            } else if (s.getPosition() != i) {
                // Siblings only shift: no version bump, so an admin editing a sibling is not told it "changed".
                jdbc.update("update category set position = ? where id = ?", i, s.getId());
            }
        }
        categories.flush();
        rewriteSubtreePaths(oldPath, newPath);
        audit.record(sameParent ? "CATEGORY_REORDERED" : "CATEGORY_MOVED", "category", id,
                sameParent ? newPath + " to position " + (at + 1) : oldPath + " → " + newPath);
        return find(id).orElseThrow();
    }

    /** Moves a category one place up among its siblings; the first one stays where it is. */
    @Transactional
    @AdminOnly
    public CategoryNode moveUp(Long id, long expectedVersion) {
        return shift(id, expectedVersion, -1);
    }

    /** Moves a category one place down among its siblings; the last one stays where it is. */
    @Transactional
    @AdminOnly
    public CategoryNode moveDown(Long id, long expectedVersion) {
        return shift(id, expectedVersion, +1);
    }

    /**
     * Deletes a category. If it has articles or children, {@code targetId} must name another category outside its
     * subtree: children are re-parented there and articles re-assigned to it, all in this one transaction, so nothing
     * is ever orphaned. Returns the number of articles moved.
     */
    @Transactional
    @AdminOnly
    public int delete(Long id, long expectedVersion, Long targetId) {
        Category node = lockCurrent(id, expectedVersion);
        List<Category> children = categories.siblings(id);
        int articles = jdbc.queryForList("select articles from article_category_count where category_id = ?",
                Integer.class, id).stream().findFirst().orElse(0);
        if ((articles > 0 || !children.isEmpty()) && targetId == null) {
            throw new CategoryException(Reason.NEEDS_TARGET, node.getName());
        }
        Category target = null;
        if (targetId != null) {
            target = categories.lockById(targetId).orElseThrow(() -> new CategoryException(Reason.INVALID_TARGET, null));
            if (target.getId().equals(id) || target.getPath().startsWith(node.getPath() + "/")) {
                throw new CategoryException(Reason.INVALID_TARGET, target.getName());
            }
            int position = categories.maxPosition(targetId) + 1;
            Instant now = clock.instant();
            for (Category child : children) {
                requireFreeAmongSiblings(targetId, child.getId(), child.getName(), child.getSlug(),
                        Reason.CHILD_NAME_TAKEN);
                String oldChildPath = child.getPath();
                String newChildPath = target.getPath() + "/" + child.getSlug();
                child.moveTo(targetId, newChildPath, position++, now);
                categories.flush();
                rewriteSubtreePaths(oldChildPath, newChildPath);
            }
            // Articles are not ours (decision 10): the article feature files them under the target, in this
            // transaction, before the row goes (the foreign key would refuse the delete otherwise).
            events.publishEvent(new CategoryDeleting(id, targetId));
        }
        String path = node.getPath();
        categories.delete(node);
        categories.flush();
        audit.record("CATEGORY_DELETED", "category", id, path + (target == null ? ""
                : "; " + articles + " articles and " + children.size() + " children moved to " + target.getPath()));
        return articles;
    }

    private CategoryNode shift(Long id, long expectedVersion, int delta) {
        Category node = lockCurrent(id, expectedVersion);
        List<Category> siblings = categories.siblings(node.getParentId());
        int current = 0;
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).getId().equals(id)) {
                current = i;
            }
        }
        int wanted = Math.max(0, Math.min(siblings.size() - 1, current + delta));
        if (wanted == current) {
            return find(id).orElseThrow();
        }
        return move(id, expectedVersion, node.getParentId(), wanted);
    }

    private Category lockCurrent(Long id, long expectedVersion) {
        Category node = categories.lockById(id).orElseThrow(() -> new CategoryException(Reason.NOT_FOUND, null));
        if (node.getVersion() != expectedVersion) {
            throw new CategoryException(Reason.STALE, node.getName());
        }
        return node;
    }

    /** Rewrites the paths below {@code oldPath}; slugs are [a-z0-9-] only, so LIKE needs no escaping. */
    private int rewriteSubtreePaths(String oldPath, String newPath) {
        if (oldPath.equals(newPath)) {
            return 0;
        }
        return jdbc.update("""
                update category set path = ? || substr(path, ?), version = version + 1, updated_at = ?
                where path like ?""",
                newPath, oldPath.length() + 1, Timestamp.from(clock.instant()), oldPath + "/%");
    }

    private void requireFreeAmongSiblings(Long parentId, Long selfId, String name, String slug) {
        requireFreeAmongSiblings(parentId, selfId, name, slug, Reason.NAME_TAKEN);
    }

    private void requireFreeAmongSiblings(Long parentId, Long selfId, String name, String slug, Reason reason) {
        for (Category sibling : categories.siblings(parentId)) {
            if (sibling.getId().equals(selfId)) {
                continue;
            }
            if (sibling.getName().equalsIgnoreCase(name) || sibling.getSlug().equals(slug)) {
                throw new CategoryException(reason, reason == Reason.NAME_TAKEN ? sibling.getName() : name);
            }
        }
    }

    private static String childPath(Category parent, String slug) {
        String path = parent == null ? slug : parent.getPath() + "/" + slug;
        if (path.length() > 1000) {
            throw new CategoryException(Reason.INVALID_TARGET, null);
        }
        return path;
    }

    private static String checkName(String name) {
        String clean = Texts.normalize(name);
        if (Texts.check(clean, 1, TextLimits.CATEGORY_NAME) != TextProblem.OK
                || Slugs.slugify(clean, TextLimits.CATEGORY_SLUG).isEmpty()) {
            throw new CategoryException(Reason.INVALID_NAME, null);
        }
        return clean;
    }

    private static String checkDescription(String description) {
        String clean = Texts.normalize(description);
        if (clean != null && clean.isEmpty()) {
            return null;
        }
        if (Texts.check(clean, 0, TextLimits.CATEGORY_DESCRIPTION) != TextProblem.OK) {
            throw new CategoryException(Reason.INVALID_DESCRIPTION, null);
        }
        return clean;
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
