package de.newsroom.console.scale;

import de.newsroom.console.base.demo.SystemAuthentication;
import de.newsroom.console.media.DemoPictures;
import de.newsroom.console.media.MediaService;
import de.newsroom.console.tag.TagKeys;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with a realistic German newsroom: ten years of articles across the category tree, tags with
 * a long tail, a million comments (80 % decided, replies, a few very busy articles) and 50 accounts. Everything is
 * set-based SQL seeded from one number, so the same seed gives the same data.
 */
@Component
public class ScaleDataGenerator {

    private static final Logger log = LoggerFactory.getLogger(ScaleDataGenerator.class);

    /** Password of every generated account (they are named redakteur01, moderator01, admin01, ...). */
    public static final String GENERATED_PASSWORD = "Skalierung-2026";

    private static final String[] TAG_STEMS = {"Energie", "Strompreis", "Bundesliga", "Datenschutz", "Insolvenz",
            "Arbeitsmarkt", "Rente", "Klima", "Verkehr", "Bahn", "Wohnungsbau", "Mieten", "Inflation", "Zinsen",
            "Export", "Mittelstand", "Handwerk", "Landwirtschaft", "Gesundheit", "Pflege", "Schule", "Hochschule",
            "Forschung", "KI", "Cybersicherheit", "Smartphone", "Breitband", "Theater", "Museum", "Literatur", "Film",
            "Musik", "Festival", "Fußball", "Handball", "Radsport", "Olympia", "Europa", "Bundestag", "Kommunen",
            "Haushalt", "Steuern", "Migration", "Polizei", "Justiz", "Wetter", "Tourismus", "Handel", "Industrie",
            "Stadtwerke"};
    private static final String[] TAG_PLACES = {"Berlin", "Hamburg", "München", "Köln", "Leipzig", "Dresden",
            "Stuttgart", "Düsseldorf", "Bremen", "Hannover", "Nürnberg", "Essen", "Dortmund", "Kiel", "Rostock",
            "Mainz", "Erfurt", "Potsdam", "Saarbrücken", "Freiburg", "Münster", "Augsburg", "Würzburg", "Lübeck",
            "Göttingen", "Bayern", "Sachsen", "Hessen", "Brandenburg", "Thüringen", "Niedersachsen", "Österreich",
            "Schweiz", "USA", "China", "Frankreich", "Polen", "Italien", "Spanien", "Ukraine"};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final PasswordEncoder encoder;
    private final MediaService media;

    ScaleDataGenerator(JdbcTemplate jdbc, TransactionTemplate tx, PasswordEncoder encoder, MediaService media) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.encoder = encoder;
        this.media = media;
    }

    /** Pictures in the media library when the data set has none yet (the browser benchmark's media row). */
    public static final int PICTURES = 48;

    /** True when the media library is empty. */
    public boolean hasNoPictures() {
        Integer n = SystemAuthentication.call(() -> media.count(""));
        return n == null || n == 0;
    }

    /**
     * Uploads {@code count} generated pictures through the media library (decoding, renditions, as an editor would),
     * drawn from seeds {@code firstSeed}, {@code firstSeed + 1}, ...; the same seeds give the same pictures.
     */
    public void pictures(int count, long firstSeed) {
        long start = System.nanoTime();
        SystemAuthentication.run(() -> {
            for (int i = 0; i < count; i++) {
                media.upload("skalierung-bild-" + (firstSeed + i) + ".jpg", DemoPictures.draw(firstSeed + i));
            }
        });
        log.info("{} pictures uploaded in {} s", count, (System.nanoTime() - start) / 1_000_000_000);
    }

    /** Sizes of one generated newsroom. */
    public record Size(int articles, int tags, int comments, int users) {
        public static final Size NEWSROOM = new Size(100_000, 2_000, 1_000_000, 50);
    }

    /** True when the database has no articles yet. */
    public boolean isEmpty() {
        Integer existing = jdbc.queryForObject("select count(*) from (select 1 from article limit 1) a", Integer.class);
        return existing == null || existing == 0;
    }

    /**
     * Generates the data set. Article slugs start with {@code slugPrefix}, so several sets can share a database
     * (tests); accounts, categories and tags are reused when they exist.
     */
    public void generate(Size size, long seed, String slugPrefix) {
        long start = System.nanoTime();
        tx.executeWithoutResult(status -> {
            // Bulk statements run for minutes; the pool's socket timeout is meant for interactive queries.
            jdbc.execute((ConnectionCallback<Void>) con -> {
                con.setNetworkTimeout(Runnable::run, (int) TimeUnit.MINUTES.toMillis(30));
                return null;
            });
            jdbc.execute("select setseed(" + ((seed % 1000) / 1000.0) + ")");
            users(size.users());
            categories();
            tags(size.tags(), seed);
            articles(size.articles(), slugPrefix);
            bylines(slugPrefix);
            articleTags(size.tags(), slugPrefix);
            comments(size.comments());
        });
        jdbc.execute("analyze");
        log.info("Scale data generated in {} s: {}", (System.nanoTime() - start) / 1_000_000_000, size);
    }

    private void users(int count) {
        String hash = encoder.encode(GENERATED_PASSWORD);
        jdbc.update("""
                insert into app_user (username, display_name, email, password_hash, created_at)
                select case when g <= ? * 6 / 10 then 'redakteur' when g <= ? * 9 / 10 then 'moderator' else 'admin' end
                       || lpad(g::text, 2, '0'),
                       'Person ' || g, 'person' || g || '@newsroom.example', ?, now() - interval '10 years'
                from generate_series(1, ?) g
                on conflict do nothing""", count, count, hash, count);
        jdbc.update("""
                insert into user_role (user_id, role)
                select id, case when username like 'redakteur%' then 'EDITOR'
                                when username like 'moderator%' then 'MODERATOR' else 'ADMIN' end
                from app_user where username ~ '^(redakteur|moderator|admin)[0-9]+$'
                on conflict do nothing""");
    }

    private void categories() {
        jdbc.execute("""
                insert into category (parent_id, name, slug, path, position)
                values (null, 'News Archiv', 'news-archiv', 'news-archiv', 0)
                on conflict do nothing""");
        String[][] tree = {
                {"Wirtschaft", "Energie", "Unternehmen", "Verbraucher", "Finanzen"},
                {"Politik", "Bund", "Länder", "Europa", "Welt"},
                {"Sport", "Fußball", "Wintersport", "Motorsport", "Vereine"},
                {"Kultur", "Bühne", "Buch", "Film", "Musik"},
                {"Digital", "Künstliche Intelligenz", "Datenschutz", "Netzpolitik", "Technik"},
                {"Regional", "Stadt", "Land", "Verkehr", "Bildung"}};
        for (int i = 0; i < tree.length; i++) {
            String top = tree[i][0];
            String topSlug = de.newsroom.console.base.domain.Slugs.slugify(top);
            jdbc.update("""
                    insert into category (parent_id, name, slug, path, position)
                    select id, ?, ?, path || '/' || ?, ? from category where path = 'news-archiv'
                    on conflict do nothing""", top, topSlug, topSlug, i);
            for (int j = 1; j < tree[i].length; j++) {
                String sub = tree[i][j];
                String subSlug = de.newsroom.console.base.domain.Slugs.slugify(sub);
                jdbc.update("""
                        insert into category (parent_id, name, slug, path, position)
                        select id, ?, ?, path || '/' || ?, ? from category where path = ?
                        on conflict do nothing""", sub, subSlug, subSlug, j, "news-archiv/" + topSlug);
            }
        }
    }

    private void tags(int count, long seed) {
        Random random = new Random(seed);
        Set<String> keys = new LinkedHashSet<>();
        List<Object[]> rows = new ArrayList<>(count);
        for (String stem : TAG_STEMS) {
            addTag(stem, keys, rows, count);
        }
        for (String place : TAG_PLACES) {
            addTag(place, keys, rows, count);
        }
        int guard = 0;
        while (rows.size() < count && guard++ < count * 20) {
            String name = TAG_STEMS[random.nextInt(TAG_STEMS.length)] + " "
                    + TAG_PLACES[random.nextInt(TAG_PLACES.length)];
            if (random.nextInt(4) == 0) {
                name = name + " " + (2016 + random.nextInt(11));
            }
            addTag(name, keys, rows, count);
        }
        jdbc.batchUpdate("insert into tag (name, key) values (?, ?) on conflict do nothing", rows);
    }

    private static void addTag(String name, Set<String> keys, List<Object[]> rows, int max) {
        String key = TagKeys.key(name);
        if (rows.size() < max && keys.add(key)) {
            rows.add(new Object[]{name, key});
        }
    }

    private void articles(int count, String slugPrefix) {
        jdbc.update("""
                with words as (
                  select array['Stadtrat', 'Landesregierung', 'Verein', 'Unternehmen', 'Verband', 'Gericht',
                               'Stadtwerke', 'Hochschule', 'Bundesliga-Klub', 'Bürgerinitiative', 'Ministerium',
                               'Mittelständler', 'Theater', 'Museum', 'Start-up'] as who,
                         array['beschließt', 'verschiebt', 'kritisiert', 'plant', 'stoppt', 'verteidigt', 'prüft',
                               'fordert', 'streicht', 'erweitert'] as verb,
                         array['neue Regeln für Mieten', 'höhere Strompreise', 'den Ausbau der Radwege',
                               'mehr Geld für Schulen', 'die Übernahme des Konkurrenten', 'den Umbau der Innenstadt',
                               'Kürzungen im Haushalt', 'ein Verbot von Einwegplastik', 'längere Öffnungszeiten',
                               'die Zukunft des Standorts', 'Entlassungen von Mitarbeitern', 'den Neubau der Halle',
                               'strengere Datenschutzregeln', 'eine Preiserhöhung für Verbraucher',
                               'den Einsatz künstlicher Intelligenz'] as what,
                         array['Berlin', 'Hamburg', 'München', 'Köln', 'Leipzig', 'Dresden', 'Stuttgart',
                               'Düsseldorf', 'Bremen', 'Hannover', 'Nürnberg', 'Rostock', 'Erfurt', 'Mainz',
                               'Göttingen', 'Würzburg', 'Lübeck', 'Saarbrücken', 'Kiel', 'Augsburg'] as place
                ), cats as (
                  select array_agg(id order by id) ids from category where parent_id is not null
                ), authors as (
                  select array_agg(id order by id) ids from app_user where username like 'redakteur%'
                ), g as (
                  select i, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7,
                         random() r8, random() r9
                  from generate_series(1, ?) i
                )
                insert into article (title, slug, lead, body, category_id, author_id, status, comments_open,
                                     created_at, updated_at, published_at)
                select t.title,
                       ? || '-' || g.i,
                       'In ' || t.place || ' ' || t.verb || ' ' || t.who_ || ' ' || t.what
                         || '. Die Entscheidung betrifft viele Bürger der Region.',
                       '## Hintergrund' || chr(10) || chr(10)
                         || 'Seit Monaten wird in ' || t.place || ' über ' || t.what || ' gestritten. '
                         || (array['Der Träger verweist auf steigende Kosten, Kritiker auf fehlende Transparenz.',
                                   'Viele Mitarbeitern fehlt bislang eine klare Perspektive.',
                                   'Verbraucherschützer warnen vor höheren Preisen für Familien.',
                                   'Die Opposition spricht von einem Wortbruch der Verwaltung.',
                                   'Fachleute halten den Zeitplan für ehrgeizig, aber machbar.'])
                              [1 + floor(g.r8 * 5)::int]
                         || chr(10) || chr(10) || '## Reaktionen' || chr(10) || chr(10)
                         || (array['Gewerkschaften und Verbände reagieren gemischt.',
                                   'Anwohner sammeln Unterschriften gegen das Vorhaben.',
                                   'Die Handwerkskammer begrüßt die Entscheidung ausdrücklich.',
                                   'Im Netz wird die Nachricht tausendfach geteilt und kommentiert.',
                                   'Der Bürgermeister kündigt eine Versammlung im Rathaus an.',
                                   'Die Landesregierung will die Pläne zunächst prüfen lassen.'])
                              [1 + floor(g.r9 * 6)::int]
                         || chr(10) || chr(10) || '## Ausblick' || chr(10) || chr(10)
                         || 'Eine endgültige Entscheidung wird für das kommende Quartal erwartet. '
                         || 'Aktenzeichen ' || g.i || '.',
                       cats.ids[1 + floor(g.r4 * array_length(cats.ids, 1))::int],
                       authors.ids[1 + floor(g.r5 * array_length(authors.ids, 1))::int],
                       case when g.r6 < 0.93 then 'PUBLISHED' when g.r6 < 0.96 then 'DRAFT'
                            when g.r6 < 0.98 then 'IN_REVIEW' else 'ARCHIVED' end,
                       g.r7 > 0.05,
                       t.at, t.at + interval '2 hours',
                       case when g.r6 < 0.93 or g.r6 >= 0.98 then t.at + interval '1 hour' end
                from g cross join words w cross join cats cross join authors
                cross join lateral (
                  select w.who[1 + floor(g.r1 * array_length(w.who, 1))::int] as who_,
                         w.verb[1 + floor(g.r2 * array_length(w.verb, 1))::int] as verb,
                         w.what[1 + floor(g.r3 * array_length(w.what, 1))::int] as what,
                         w.place[1 + floor(g.r7 * array_length(w.place, 1))::int] as place,
                         now() - interval '10 years' + (g.i::double precision / ?) * interval '10 years' as at
                ) t0
                cross join lateral (
                  select t0.*, t0.who_ || ' in ' || t0.place || ' ' || t0.verb || ' ' || t0.what as title
                ) t
                order by g.i""", count, slugPrefix, count);
    }

    /** Each article signed by its creating account, as the bylines migration (V82) did for existing articles. */
    private void bylines(String slugPrefix) {
        jdbc.update("""
                insert into article_byline (article_id, position, user_id)
                select id, 0, author_id from article where slug like ? || '-%' on conflict do nothing""", slugPrefix);
    }

    private void articleTags(int tagCount, String slugPrefix) {
        // Long tail: tag ids drawn with a cubic skew, so a few tags are everywhere and most are rare.
        jdbc.update("""
                insert into article_tag (article_id, tag_id)
                select a.id, t.id
                from (select id from article where slug like ? || '-%') a
                cross join lateral generate_series(1, 2 + (a.id % 5)::int) n
                join lateral (select min(id) + floor(power(random(), 3) * ?)::bigint + 0 * n as pick from tag) p on true
                join tag t on t.id = p.pick
                on conflict do nothing""", slugPrefix, tagCount);
    }

    private void comments(int count) {
        int replies = count / 10;
        int topLevel = count - replies;
        // A few very busy articles take 5 % of the comments; the rest spread over published articles.
        // Inserted in chunks so that no single statement holds the machine for minutes.
        int chunk = 100_000;
        for (int from = 1; from <= topLevel; from += chunk) {
            int to = Math.min(topLevel, from + chunk - 1);
            jdbc.update("""
                    with pub as (select array_agg(id order by id) ids from article where status = 'PUBLISHED'),
                         busy as (select ids[1:10] ids from pub),
                         mods as (select array_agg(id order by id) ids from app_user where username like 'moderator%'),
                         g as (select i, random() r1, random() r2, random() r3, random() r4
                               from generate_series(?, ?) i)
                    insert into comment (article_id, author_name, email, body, status, reject_reason, client_hash,
                                         created_at, decided_at, decided_by)
                    select case when g.r1 < 0.05 then busy.ids[1 + floor(g.r2 * 10)::int]
                                else pub.ids[1 + floor(g.r2 * array_length(pub.ids, 1))::int] end,
                           'Leser ' || (1 + floor(g.r3 * 20000)::int),
                           case when g.r3 < 0.5 then 'leser' || (1 + floor(g.r3 * 20000)::int) || '@example.org' end,
                           (array['Sehr guter Artikel, danke für die Einordnung.',
                                  'Das sehe ich völlig anders, die Zahlen sind doch längst überholt.',
                                  'Wann wird endlich etwas für die Mitarbeiter getan?',
                                  'Interessant, aber die Verbraucher zahlen am Ende wieder die Zeche.',
                                  'Gibt es dazu eine Quelle? Ich finde nichts Offizielles.',
                                  'Typisch, erst versprechen und dann nichts halten.',
                                  'Endlich berichtet mal jemand darüber.'])[1 + floor(g.r4 * 7)::int] || ' #' || g.i,
                           case when g.i > ? * 0.8 then 'PENDING' when g.r4 < 0.85 then 'APPROVED'
                                when g.r4 < 0.95 then 'REJECTED' else 'SPAM' end,
                           case when g.i <= ? * 0.8 and g.r4 >= 0.85 and g.r4 < 0.95 then 'OFF_TOPIC' end,
                           md5('client' || (1 + floor(g.r3 * 20000)::int)),
                           now() - interval '3 years' + (g.i::double precision / ?) * interval '3 years',
                           case when g.i <= ? * 0.8 then now() - interval '3 years'
                                + (g.i::double precision / ?) * interval '3 years' + interval '20 minutes' end,
                           case when g.i <= ? * 0.8 then mods.ids[1 + floor(g.r1 * array_length(mods.ids, 1))::int] end
                    from g cross join pub cross join busy cross join mods
                    order by g.i""",
                    from, to, topLevel, topLevel, topLevel, topLevel, topLevel, topLevel);
        }
        // Replies: to approved comments, in the same article, a little later.
        jdbc.update("""
                insert into comment (article_id, parent_id, author_name, body, status, client_hash, created_at,
                                     decided_at)
                select c.article_id, c.id, 'Leser ' || (c.id % 997), 'Antwort: da stimme ich nicht zu. #' || c.id,
                       case when random() < 0.8 then 'APPROVED' else 'PENDING' end,
                       md5('client' || (c.id % 997)), c.created_at + interval '1 hour', null
                from (select id, article_id, created_at from comment where status = 'APPROVED'
                      order by random() limit ?) c""", replies);
        jdbc.update("update comment set decided_at = created_at + interval '30 minutes' "
                + "where parent_id is not null and status = 'APPROVED'");
    }
}
