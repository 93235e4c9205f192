package de.newsroom.console.tag;

import de.newsroom.console.base.domain.EditorOnly;
import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.domain.TextLimits;
import de.newsroom.console.base.domain.TextProblem;
import de.newsroom.console.base.domain.Texts;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keyword tags for editors: find by what was typed (aliases included), or create a new one. */
@Service
public class TagService {

    private final TagRepository tags;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    TagService(TagRepository tags, JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.tags = tags;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Tags whose name or alias starts with what was typed, folded; empty input lists the first ones by name. */
    @Transactional(readOnly = true)
    @EditorOnly
    public List<TagRef> search(String typed, int limit) {
        // LIKE's default escape character is the backslash; "_" never survives folding, "%" may.
        String key = TagKeys.key(typed == null ? "" : typed).replace("\\", "\\\\").replace("%", "\\%");
        return tags.searchByKeyPrefix(key, Math.max(1, Math.min(limit, 200))).stream().map(Tag::toRef).toList();
    }

    /** The existing tag (or the survivor of a merge) for this name, if any. */
    @Transactional(readOnly = true)
    @EditorOnly
    public Optional<TagRef> findExisting(String name) {
        String key = TagKeys.key(name == null ? "" : name);
        return tags.findByKey(key).map(Tag::toRef)
                .or(() -> tags.findIdByAliasKey(key).flatMap(tags::findById).map(Tag::toRef));
    }

    /** The tag for this name: the existing one when the folded key matches, otherwise a new tag. */
    @Transactional
    @EditorOnly
    public TagRef findOrCreate(String name) {
        String clean = Texts.normalize(name);
        String key = TagKeys.key(clean);
        if (Texts.check(clean, 1, TextLimits.TAG_NAME) != TextProblem.OK || key.isEmpty()
                || key.length() > TextLimits.TAG_NAME) {
            throw new IllegalArgumentException("tag name must have 1 to " + TextLimits.TAG_NAME + " characters");
        }
        return findExisting(clean).orElseGet(() -> create(clean, key));
    }

    /**
     * The tags for these names in their order, each once (two names of one tag, or a name and its alias, count once):
     * existing ones found in one statement by folded key or alias, the missing ones created. An invalid name is
     * refused with {@link IllegalArgumentException} before anything is created.
     */
    @Transactional
    @EditorOnly
    public List<TagRef> findOrCreateAll(List<String> names) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String clean = Texts.normalize(name);
            String key = TagKeys.key(clean);
            if (Texts.check(clean, 1, TextLimits.TAG_NAME) != TextProblem.OK || key.isEmpty()
                    || key.length() > TextLimits.TAG_NAME) {
                throw new IllegalArgumentException("tag name must have 1 to " + TextLimits.TAG_NAME + " characters");
            }
            byKey.putIfAbsent(key, clean);
        }
        if (byKey.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(byKey.size(), "?"));
        List<Object> args = new java.util.ArrayList<>(byKey.keySet());
        args.addAll(byKey.keySet());
        // A tag's own key wins over an alias of another tag with the same key (the alias sorts second).
        Map<String, TagRef> found = new java.util.HashMap<>();
        jdbc.query("select key, id, name, 0 from tag where key in (" + marks + ")"
                        + " union all select a.key, t.id, t.name, 1 from tag_alias a join tag t on t.id = a.tag_id"
                        + " where a.key in (" + marks + ") order by 4",
                rs -> {
                    found.putIfAbsent(rs.getString(1), new TagRef(rs.getLong(2), rs.getString(3)));
                }, args.toArray());
        Map<Long, TagRef> unique = new LinkedHashMap<>();
        byKey.forEach((key, name) -> {
            TagRef ref = found.containsKey(key) ? found.get(key) : create(name, key);
            unique.putIfAbsent(ref.id(), ref);
        });
        return List.copyOf(unique.values());
    }

    /** Inserts the tag unless another editor created the same key a moment ago; then that one is returned. */
    private TagRef create(String name, String key) {
        List<TagRef> created = jdbc.query("""
                insert into tag (name, key, created_at) values (?, ?, ?) on conflict (key) do nothing
                returning id, name""", (rs, n) -> new TagRef(rs.getLong(1), rs.getString(2)),
                name, key, Timestamp.from(clock.instant()));
        if (created.isEmpty()) {
            return tags.findByKey(key).map(Tag::toRef).orElseThrow();
        }
        audit.record("TAG_CREATED", "tag", created.getFirst().id(), name);
        return created.getFirst();
    }
}
