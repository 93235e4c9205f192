package de.newsroom.console.media;

import de.newsroom.console.audit.AuditLog;
import de.newsroom.console.base.domain.CurrentUser;
import de.newsroom.console.base.domain.EditorOnly;
import de.newsroom.console.base.domain.Texts;
import de.newsroom.console.media.MediaException.Reason;
import de.newsroom.console.media.Renditions.Rendition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The picture library: upload (type from the content, size and pixel limits before decoding, the same file
 * recognised by its SHA-256), renditions, texts and focal point, replace, delete, and the usage other features report.
 * Decoding and encoding run outside any transaction; only the writes hold a connection.
 */
@Service
public class MediaService {

    private static final String COLUMNS = """
            i.id, i.file_name, i.format, i.width, i.height, i.byte_size, i.alt_text, i.caption, i.credit, i.focal_x,
            i.focal_y, i.rendition_key, i.version, i.uploaded_at,
            (select r.file_name from media_rendition r where r.image_id = i.id and r.crop = 'SQUARE'
              and r.format = 'JPEG' limit 1) as thumb,
            (select count(*) from media_usage u where u.image_id = i.id) as usage""";

    private static final RowMapper<MediaImage> IMAGE = (rs, n) -> new MediaImage(rs.getLong("id"),
            rs.getString("file_name"), MediaFormat.valueOf(rs.getString("format")), rs.getInt("width"),
            rs.getInt("height"), rs.getLong("byte_size"), rs.getString("alt_text"), rs.getString("caption"),
            rs.getString("credit"), rs.getDouble("focal_x"), rs.getDouble("focal_y"), rs.getString("rendition_key"),
            rs.getString("thumb") == null ? null : MediaUrls.PREFIX + rs.getString("thumb"), rs.getLong("usage"),
            rs.getLong("version"), rs.getTimestamp("uploaded_at").toInstant());

    private final JdbcTemplate jdbc;
    private final MediaStore store;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ImageCodec codec = new ImageCodec();

    MediaService(JdbcTemplate jdbc, MediaStore store, PlatformTransactionManager transactions, AuditLog audit,
                 CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.tx = new TransactionTemplate(transactions);
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Adds a picture. The type comes from the bytes; SVG, other types, files over {@link MediaLimits#MAX_FILE_BYTES}
     * and pictures over {@link MediaLimits#MAX_PIXELS} are refused ({@link MediaException}) before any pixel is
     * decoded. A file that is already in the library returns that picture with {@code duplicate} set.
     */
    @EditorOnly
    public UploadOutcome upload(String fileName, byte[] bytes) {
        MediaFormat format = checkFile(bytes);
        String sha = sha256(bytes);
        Optional<MediaImage> existing = findBySha(sha);
        if (existing.isPresent()) {
            return new UploadOutcome(existing.get(), true);
        }
        ImageCodec.Decoded decoded = codec.decode(bytes, format);
        String key = renditionKey(sha, 0.5, 0.5);
        List<Rendition> renditions = Renditions.make(decoded.pixels(), 0.5, 0.5, key, codec);
        String name = cleanFileName(fileName);
        try {
            long id = tx.execute(status -> {
                Instant now = clock.instant();
                Long newId = jdbc.queryForObject("""
                        insert into media_image (sha256, rendition_key, format, width, height, byte_size, file_name,
                                                 uploaded_by, uploaded_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, (select id from user_display_name where username = ?), ?, ?)
                        returning id""", Long.class, sha, key, format.name(), decoded.width(), decoded.height(),
                        (long) bytes.length, name, currentUser.username().orElse(null), Timestamp.from(now),
                        Timestamp.from(now));
                store.put(originalKey(sha), bytes, format.mimeType());
                saveRenditions(newId, renditions);
                audit.record("MEDIA_UPLOADED", "media", newId, name + " (" + decoded.width() + "×"
                        + decoded.height() + ")");
                return newId;
            });
            return new UploadOutcome(find(id).orElseThrow(), false);
        } catch (DuplicateKeyException race) {
            // Someone uploaded the same file a moment earlier.
            return new UploadOutcome(findBySha(sha).orElseThrow(() -> race), true);
        }
    }

    /** One page of pictures, newest first, whose caption, credit, alt text or file name contains {@code search}. */
    @Transactional(readOnly = true)
    @EditorOnly
    public List<MediaImage> list(String search, int offset, int limit) {
        String pattern = pattern(search);
        return jdbc.query("select " + COLUMNS + " from media_image i where " + MATCH
                        + " order by i.uploaded_at desc, i.id desc offset ? limit ?", IMAGE,
                pattern, pattern, pattern, pattern, pattern, Math.max(0, offset), Math.max(1, Math.min(limit, 500)));
    }

    /** How many pictures {@link #list} would show for {@code search}. */
    @Transactional(readOnly = true)
    @EditorOnly
    public int count(String search) {
        String pattern = pattern(search);
        Integer n = jdbc.queryForObject("select count(*) from media_image i where " + MATCH, Integer.class,
                pattern, pattern, pattern, pattern, pattern);
        return n == null ? 0 : n;
    }

    private static final String MATCH = """
            (?::text is null or lower(i.caption) like ? escape '\\' or lower(i.credit) like ? escape '\\'
             or lower(i.alt_text) like ? escape '\\' or lower(i.file_name) like ? escape '\\')""";

    @Transactional(readOnly = true)
    @EditorOnly
    public Optional<MediaImage> find(long id) {
        return jdbc.query("select " + COLUMNS + " from media_image i where i.id = ?", IMAGE, id).stream().findFirst();
    }

    /**
     * Changes the texts and the focal point. A moved focal point gives the picture new renditions under a new key
     * (the old file names keep being cacheable forever, so they cannot change content).
     */
    @EditorOnly
    public MediaImage updateDetails(long id, long expectedVersion, MediaDetails details) {
        MediaDetails clean = check(details);
        MediaImage current = find(id).orElseThrow(() -> new MediaException(Reason.NOT_FOUND));
        boolean focalMoved = Math.abs(current.focalX() - clean.focalX()) > 1e-4
                || Math.abs(current.focalY() - clean.focalY()) > 1e-4;
        String sha = focalMoved ? shaOf(id) : null;
        List<Rendition> renditions = List.of();
        String key = current.renditionKey();
        if (focalMoved) {
            byte[] original = store.get(originalKey(sha)).orElseThrow(() -> new MediaException(Reason.UNREADABLE));
            key = renditionKey(sha, clean.focalX(), clean.focalY());
            renditions = Renditions.make(codec.decode(original, current.format()).pixels(), clean.focalX(),
                    clean.focalY(), key, codec);
        }
        String newKey = key;
        List<Rendition> newRenditions = renditions;
        tx.executeWithoutResult(status -> {
            lockVersion(id, expectedVersion);
            List<String> oldFiles = focalMoved ? renditionFiles(id) : List.of();
            int updated = jdbc.update("""
                    update media_image set alt_text = ?, caption = ?, credit = ?, focal_x = ?, focal_y = ?,
                           rendition_key = ?, updated_at = ?, version = version + 1 where id = ?""",
                    clean.altText(), clean.caption(), clean.credit(), clean.focalX(), clean.focalY(), newKey,
                    Timestamp.from(clock.instant()), id);
            if (updated != 1) {
                throw new MediaException(Reason.NOT_FOUND);
            }
            if (focalMoved) {
                replaceRenditions(id, oldFiles, newRenditions);
            }
            audit.record("MEDIA_EDITED", "media", id, current.fileName());
        });
        return find(id).orElseThrow();
    }

    /**
     * Puts a new file in place of a picture's: texts, focal point and usage stay, renditions are made anew. A file
     * that another picture already holds is refused with {@link Reason#SAME_AS_OTHER} and that picture.
     */
    @EditorOnly
    public MediaImage replace(long id, long expectedVersion, String fileName, byte[] bytes) {
        MediaFormat format = checkFile(bytes);
        MediaImage current = find(id).orElseThrow(() -> new MediaException(Reason.NOT_FOUND));
        String sha = sha256(bytes);
        Optional<MediaImage> other = findBySha(sha);
        if (other.isPresent() && other.get().id() != id) {
            throw new MediaException(Reason.SAME_AS_OTHER, other.get());
        }
        ImageCodec.Decoded decoded = codec.decode(bytes, format);
        String key = renditionKey(sha, current.focalX(), current.focalY());
        List<Rendition> renditions = Renditions.make(decoded.pixels(), current.focalX(), current.focalY(), key, codec);
        String oldSha = shaOf(id);
        String name = cleanFileName(fileName);
        tx.executeWithoutResult(status -> {
            lockVersion(id, expectedVersion);
            List<String> oldFiles = renditionFiles(id);
            jdbc.update("""
                    update media_image set sha256 = ?, rendition_key = ?, format = ?, width = ?, height = ?,
                           byte_size = ?, file_name = ?, updated_at = ?, version = version + 1 where id = ?""",
                    sha, key, format.name(), decoded.width(), decoded.height(), (long) bytes.length, name,
                    Timestamp.from(clock.instant()), id);
            store.put(originalKey(sha), bytes, format.mimeType());
            if (!oldSha.equals(sha)) {
                store.delete(originalKey(oldSha));
            }
            replaceRenditions(id, oldFiles, renditions);
            audit.record("MEDIA_REPLACED", "media", id, current.fileName() + " → " + name);
        });
        return find(id).orElseThrow();
    }

    /** Deletes a picture that nothing uses; a used one is refused with {@link Reason#IN_USE}. */
    @EditorOnly
    public void delete(long id, long expectedVersion) {
        tx.executeWithoutResult(status -> {
            lockVersion(id, expectedVersion);
            MediaImage image = find(id).orElseThrow(() -> new MediaException(Reason.NOT_FOUND));
            if (image.usage() > 0) {
                throw new MediaException(Reason.IN_USE, image);
            }
            String sha = shaOf(id);
            List<String> files = renditionFiles(id);
            jdbc.update("delete from media_image where id = ?", id);
            for (String file : files) {
                store.delete(file);
            }
            store.delete(originalKey(sha));
            audit.record("MEDIA_DELETED", "media", id, image.fileName());
        });
    }

    /**
     * Records that {@code owner} (such as {@code article:42}) uses exactly these pictures, replacing what it used
     * before. Unknown ids are ignored. Called by the feature that uses pictures, inside its own transaction.
     */
    @Transactional
    @EditorOnly
    public void setUsage(String owner, Collection<Long> imageIds) {
        Long[] ids = imageIds == null ? new Long[0] : new TreeSet<>(imageIds).toArray(Long[]::new);
        jdbc.update("delete from media_usage where owner = ? and not (image_id = any(?))", owner, ids);
        jdbc.update("""
                insert into media_usage (image_id, owner) select id, ? from media_image where id = any(?)
                on conflict do nothing""", owner, ids);
    }

    /**
     * The pictures with these ids as readers get them, in the order asked (missing ids are left out). Public: the
     * reader API, the reader page and the editor's preview use it.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Map<Long, PublicImage> published(Collection<Long> ids) {
        Map<Long, PublicImage> out = new LinkedHashMap<>();
        if (ids == null || ids.isEmpty()) {
            return out;
        }
        Long[] wanted = new TreeSet<>(ids).toArray(Long[]::new);
        List<Row> rows = jdbc.query("""
                select i.id, i.alt_text, i.caption, i.credit, r.file_name, r.width, r.height, r.format
                from media_image i join media_rendition r on r.image_id = i.id and r.crop = 'FULL'
                where i.id = any(?) order by i.id, r.width""", (rs, n) -> new Row(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(8)),
                (Object) wanted);
        Map<Long, List<Row>> byImage = new LinkedHashMap<>();
        rows.forEach(r -> byImage.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
        for (Long id : ids) {
            List<Row> files = byImage.get(id);
            if (files == null || out.containsKey(id)) {
                continue;
            }
            List<Row> jpeg = files.stream().filter(r -> r.format().equals("JPEG")).toList();
            List<Row> webp = files.stream().filter(r -> r.format().equals("WEBP")).toList();
            Row largest = jpeg.getLast();
            out.put(id, new PublicImage(id, MediaUrls.PREFIX + largest.file(), largest.width(), largest.height(),
                    largest.alt(), largest.caption(), largest.credit(), srcset(jpeg), srcset(webp)));
        }
        return out;
    }

    /** Whether WebP renditions are produced on this installation. */
    @PreAuthorize("permitAll()")
    public boolean writesWebp() {
        return codec.writesWebp();
    }

    /** One full-frame rendition with its picture's texts. */
    private record Row(long id, String alt, String caption, String credit, String file, int width, int height,
                       String format) {
    }

    private static String srcset(List<Row> rows) {
        StringBuilder s = new StringBuilder();
        for (Row r : rows) {
            if (!s.isEmpty()) {
                s.append(", ");
            }
            s.append(MediaUrls.PREFIX).append(r.file()).append(' ').append(r.width()).append('w');
        }
        return s.toString();
    }

    // --- internals ---------------------------------------------------------------------------------------------

    private MediaFormat checkFile(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new MediaException(Reason.EMPTY);
        }
        if (bytes.length > MediaLimits.MAX_FILE_BYTES) {
            throw new MediaException(Reason.TOO_LARGE_FILE);
        }
        return ImageSniffer.sniff(bytes);
    }

    private Optional<MediaImage> findBySha(String sha) {
        return jdbc.query("select " + COLUMNS + " from media_image i where i.sha256 = ?", IMAGE, sha).stream()
                .findFirst();
    }

    private String shaOf(long id) {
        return jdbc.query("select sha256 from media_image where id = ?", (rs, n) -> rs.getString(1), id).stream()
                .findFirst().orElseThrow(() -> new MediaException(Reason.NOT_FOUND));
    }

    private List<String> renditionFiles(long id) {
        return jdbc.queryForList("select file_name from media_rendition where image_id = ?", String.class, id);
    }

    private void saveRenditions(long id, List<Rendition> renditions) {
        for (Rendition r : renditions) {
            store.put(r.fileName(), r.bytes(), r.format().mimeType());
            jdbc.update("""
                    insert into media_rendition (image_id, file_name, width, height, format, crop, byte_size)
                    values (?, ?, ?, ?, ?, ?, ?)""", id, r.fileName(), r.width(), r.height(), r.format().name(),
                    r.square() ? "SQUARE" : "FULL", (long) r.bytes().length);
        }
    }

    private void replaceRenditions(long id, List<String> oldFiles, List<Rendition> renditions) {
        jdbc.update("delete from media_rendition where image_id = ?", id);
        Set<String> kept = new TreeSet<>();
        renditions.forEach(r -> kept.add(r.fileName()));
        for (String file : oldFiles) {
            if (!kept.contains(file)) {
                store.delete(file);
            }
        }
        saveRenditions(id, renditions);
    }

    private void lockVersion(long id, long expectedVersion) {
        List<Long> versions = jdbc.query("select version from media_image where id = ? for update",
                (rs, n) -> rs.getLong(1), id);
        if (versions.isEmpty()) {
            throw new MediaException(Reason.NOT_FOUND);
        }
        if (versions.getFirst() != expectedVersion) {
            throw new MediaException(Reason.STALE, find(id).orElse(null));
        }
    }

    private static MediaDetails check(MediaDetails d) {
        String alt = clean(d.altText(), MediaLimits.ALT_TEXT);
        String caption = clean(d.caption(), MediaLimits.CAPTION);
        String credit = clean(d.credit(), MediaLimits.CREDIT);
        if (!(d.focalX() >= 0 && d.focalX() <= 1 && d.focalY() >= 0 && d.focalY() <= 1)) {
            throw new MediaException(Reason.INVALID_FOCAL_POINT);
        }
        return new MediaDetails(alt, caption, credit, d.focalX(), d.focalY());
    }

    private static String clean(String value, int limit) {
        String clean = Texts.normalize(value == null ? "" : value);
        if (Texts.codePointLength(clean) > limit || !Texts.isStorable(clean)) {
            throw new MediaException(Reason.TEXT_TOO_LONG);
        }
        return clean;
    }

    private static String cleanFileName(String fileName) {
        String name = Texts.normalize(fileName == null ? "" : fileName);
        StringBuilder out = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && c != '\uFFFE' && c != '\uFFFF'
                && !Character.isSurrogate((char) c)).limit(MediaLimits.FILE_NAME).forEach(out::appendCodePoint);
        return out.toString();
    }

    static String originalKey(String sha) {
        return "original/" + sha;
    }

    /** 16 hex digits naming one generation of renditions: the file and the focal point that shaped its crops. */
    static String renditionKey(String sha, double focalX, double focalY) {
        String seed = sha + ":" + String.format(Locale.ROOT, "%.4f:%.4f", focalX, focalY) + ":v1";
        return sha256(seed.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pattern(String search) {
        String s = Texts.normalize(search);
        if (s == null || s.isEmpty()) {
            return null;
        }
        return "%" + s.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
