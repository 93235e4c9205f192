package de.newsroom.console.tag;

import de.newsroom.console.base.domain.EditorOnly;
import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.domain.TextLimits;
import de.newsroom.console.base.domain.TextProblem;
import de.newsroom.console.base.domain.Texts;
import de.newsroom.console.tag.TagException.Reason;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looking after the tag vocabulary: the paged list with usage counts, rename, merge and clean-up of unused tags.
 * Changes take one transaction-scoped advisory lock, so renames, merges and deletes of tags run one after the other
 * (they are rare and quick); the tag rows themselves are row-locked as well, which also orders them against articles
 * being tagged at the same moment.
 */
@Service
public class TagAdminService {

    /** Arbitrary but fixed key of the advisory lock that serialises changes to the tag vocabulary. */
    private static final long VOCABULARY_LOCK = 0x7A60_0001L;

    private static final RowMapper<TagUsage> USAGE = (rs, n) -> new TagUsage(rs.getLong("id"), rs.getString("name"),
            rs.getString("key"), rs.getLong("version"), rs.getLong("usage"));

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    TagAdminService(JdbcTemplate jdbc, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /**
     * One page of tags whose folded name or alias contains {@code search} (blank: all), with usage counts, sorted in
     * the database.
     */
    @Transactional(readOnly = true)
    @EditorOnly
    public List<TagUsage> list(String search, TagSort sort, int offset, int limit) {
        String order = switch (sort == null ? TagSort.NAME_ASC : sort) {
            case NAME_ASC -> "t.name collate newsroom_de, t.id";
            case NAME_DESC -> "t.name collate newsroom_de desc, t.id desc";
            case USAGE_DESC -> "usage desc, t.name collate newsroom_de, t.id";
            case USAGE_ASC -> "usage, t.name collate newsroom_de, t.id";
        };
        String pattern = pattern(search);
        return jdbc.query("""
                select t.id, t.name, t.key, t.version,
                       (select count(*) from article_tag_ref at where at.tag_id = t.id) as usage
                from tag t
                where ?::text is null or t.key like ? escape '\\'
                   or exists (select 1 from tag_alias a where a.tag_id = t.id and a.key like ? escape '\\')
                order by %s offset ? limit ?""".formatted(order),
                USAGE, pattern, pattern, pattern, Math.max(0, offset), Math.max(1, Math.min(limit, 500)));
    }

    /** How many tags {@link #list} would show for {@code search}. */
    @Transactional(readOnly = true)
    @EditorOnly
    public int count(String search) {
        String pattern = pattern(search);
        Integer n = jdbc.queryForObject("""
                select count(*) from tag t
                where ?::text is null or t.key like ? escape '\\'
                   or exists (select 1 from tag_alias a where a.tag_id = t.id and a.key like ? escape '\\')""",
                Integer.class, pattern, pattern, pattern);
        return n == null ? 0 : n;
    }

    /**
     * Renames a tag. A name whose folded key belongs to another tag (or another tag's alias) is refused with
     * {@link Reason#NAME_TAKEN} and that tag in {@link TagException#existing()}.
     */
    @Transactional
    @EditorOnly
    public TagUsage rename(Long id, long expectedVersion, String newName) {
        String clean = Texts.normalize(newName);
        String key = TagKeys.key(clean);
        if (Texts.check(clean, 1, TextLimits.TAG_NAME) != TextProblem.OK || key.isEmpty()
                || key.length() > TextLimits.TAG_NAME) {
            throw new TagException(Reason.INVALID_NAME, null);
        }
        lockVocabulary();
        TagUsage tag = lockCurrent(id, expectedVersion);
        List<TagRef> owners = jdbc.query("""
                select t.id, t.name from tag t where t.key = ? and t.id <> ?
                union all
                select t.id, t.name from tag_alias a join tag t on t.id = a.tag_id where a.key = ? and t.id <> ?""",
                (rs, n) -> new TagRef(rs.getLong(1), rs.getString(2)), key, id, key, id);
        if (!owners.isEmpty()) {
            throw new TagException(Reason.NAME_TAKEN, owners.getFirst());
        }
        // The tag's own alias with this key becomes its main key again.
        jdbc.update("delete from tag_alias where key = ? and tag_id = ?", key, id);
        jdbc.update("update tag set name = ?, key = ?, version = version + 1 where id = ?", clean, key, id);
        audit.record("TAG_RENAMED", "tag", id, tag.name() + " → " + clean);
        return reload(id);
    }

    /**
     * Merges {@code mergedIds} into {@code survivorId}: their articles carry the survivor instead (an article that had
     * several of them keeps exactly one copy), their names and aliases become aliases of the survivor, and they are
     * deleted. Returns the survivor with its new usage count.
     */
    @Transactional
    @EditorOnly
    public TagUsage merge(Long survivorId, Collection<Long> mergedIds) {
        Long[] merged = mergedIds.stream().filter(m -> m != null && !m.equals(survivorId)).distinct()
                .toArray(Long[]::new);
        if (merged.length == 0) {
            throw new TagException(Reason.NOTHING_TO_MERGE, null);
        }
        lockVocabulary();
        Long[] all = new Long[merged.length + 1];
        all[0] = survivorId;
        System.arraycopy(merged, 0, all, 1, merged.length);
        List<String> lockedNames = jdbc.query("select name from tag where id = any(?) order by id for update",
                (rs, n) -> rs.getString(1), (Object) all);
        if (lockedNames.size() != all.length) {
            throw new TagException(Reason.NOT_FOUND, null);
        }
        List<String> mergedNames = jdbc.query("select name from tag where id = any(?) order by name collate newsroom_de",
                (rs, n) -> rs.getString(1), (Object) merged);
        long usageBefore = reload(survivorId).usage();
        // The articles are not ours (decision 10): the article feature re-tags them, in this transaction, before the
        // merged tags go (their rows in article_tag would cascade away with them).
        events.publishEvent(new TagsMerging(survivorId, List.of(merged)));
        jdbc.update("update tag_alias set tag_id = ? where tag_id = any(?)", survivorId, merged);
        jdbc.update("""
                insert into tag_alias (key, name, tag_id) select key, name, ? from tag where id = any(?)
                on conflict (key) do update set tag_id = excluded.tag_id, name = excluded.name""", survivorId, merged);
        jdbc.update("delete from tag where id = any(?)", (Object) merged);
        jdbc.update("update tag set version = version + 1 where id = ?", survivorId);
        TagUsage survivor = reload(survivorId);
        long retagged = survivor.usage() - usageBefore;
        audit.record("TAG_MERGED", "tag", survivorId, String.join(", ", mergedNames) + " → " + survivor.name()
                + " (" + retagged + " articles re-tagged)");
        return survivor;
    }

    /** Deletes a tag that no article carries; a used tag is refused with {@link Reason#IN_USE}. */
    @Transactional
    @EditorOnly
    public void delete(Long id, long expectedVersion) {
        lockVocabulary();
        TagUsage tag = lockCurrent(id, expectedVersion);
        if (tag.usage() > 0) {
            throw new TagException(Reason.IN_USE, tag.toRef());
        }
        jdbc.update("delete from tag where id = ?", id);
        audit.record("TAG_DELETED", "tag", id, tag.name());
    }

    /** How many tags no article carries. */
    @Transactional(readOnly = true)
    @EditorOnly
    public int countUnused() {
        Integer n = jdbc.queryForObject(
                "select count(*) from tag t where not exists (select 1 from article_tag_ref at where at.tag_id = t.id)",
                Integer.class);
        return n == null ? 0 : n;
    }

    /** Deletes every tag that no article carries (and their aliases); returns how many went. */
    @Transactional
    @EditorOnly
    public int deleteAllUnused() {
        lockVocabulary();
        List<String> names = jdbc.query("""
                delete from tag t where not exists (select 1 from article_tag_ref at where at.tag_id = t.id)
                returning t.name""", (rs, n) -> rs.getString(1));
        if (!names.isEmpty()) {
            audit.record("TAG_UNUSED_DELETED", "tag", null, names.size() + ": "
                    + names.stream().sorted().collect(Collectors.joining(", ")));
        }
        return names.size();
    }

    private void lockVocabulary() {
        jdbc.queryForList("select pg_advisory_xact_lock(?)", VOCABULARY_LOCK);
    }

    private TagUsage lockCurrent(Long id, long expectedVersion) {
        List<Long> versions = jdbc.query("select version from tag where id = ? for update",
                (rs, n) -> rs.getLong(1), id);
        if (versions.isEmpty()) {
            throw new TagException(Reason.NOT_FOUND, null);
        }
        TagUsage tag = reload(id);
        if (versions.getFirst() != expectedVersion) {
            throw new TagException(Reason.STALE, tag.toRef());
        }
        return tag;
    }

    private TagUsage reload(Long id) {
        return jdbc.queryForObject("""
                select t.id, t.name, t.key, t.version,
                       (select count(*) from article_tag_ref at where at.tag_id = t.id) as usage
                from tag t where t.id = ?""", USAGE, id);
    }

    /** A LIKE pattern on folded keys, or null for "everything". */
    private static String pattern(String search) {
        String key = TagKeys.key(Texts.normalize(search));
        if (key == null || key.isEmpty()) {
            return null;
        }
        return "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
