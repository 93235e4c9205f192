package de.newsroom.console.comment.intake;

import de.newsroom.console.base.demo.DemoContributor;
import de.newsroom.console.comment.CommentModerationService;
import de.newsroom.console.comment.CommentStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo comments from {@code demo/comments.txt} ({@code NN|author|text}, NN naming {@code demo/articles/NN.md}), sent
 * through the intake service so they carry real flags; every third is approved. Articles are found by the title in
 * the file's front matter; a missing article (or closed comments) skips its comments. Runs once: it does nothing if
 * any demo comment exists.
 */
@Component
class CommentDemoData implements DemoContributor {

    private static final Logger log = LoggerFactory.getLogger(CommentDemoData.class);

    private final CommentIntakeService intake;
    private final CommentModerationService moderation;
    private final ClientAddresses clients;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    CommentDemoData(CommentIntakeService intake, CommentModerationService moderation, ClientAddresses clients,
                    JdbcTemplate jdbc, Clock clock) {
        this.intake = intake;
        this.moderation = moderation;
        this.clients = clients;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void seed() {
        if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from comment)", Boolean.class))) {
            return;
        }
        List<String> lines = read("demo/comments.txt");
        int stored = 0;
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split("\\|", 3);
            if (parts.length < 3) {
                continue;
            }
            Optional<String> slug = articleTitle(parts[0].strip()).flatMap(this::slugByTitle);
            if (slug.isEmpty()) {
                continue;
            }
            try {
                String email = i % 4 == 0 ? null : parts[1].strip().toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.|\\.$", "") + "@example.org";
                SubmissionReceipt receipt = intake.submit(slug.get(), new CommentSubmission(parts[1], email,
                        parts[2], null, null), clients.hash("demo:" + parts[1].strip()), null, Locale.GERMAN);
                // Spread the demo over the last days so the queue shows realistic ages, oldest line first.
                jdbc.update("update comment set created_at = ? where id = ?",
                        Timestamp.from(clock.instant().minus(Duration.ofMinutes(47L * (lines.size() - i)))),
                        receipt.id());
                if (i % 3 == 2 && !parts[2].contains("<")) {
                    moderation.approve(receipt.id(), CommentStatus.PENDING, 0);
                }
                stored++;
            } catch (CommentRejectedException e) {
                log.debug("Demo comment skipped: {}", e.getMessage());
            }
        }
        log.info("Demo comments stored: {}", stored);
    }

    private Optional<String> articleTitle(String number) {
        List<String> lines;
        try {
            lines = read("demo/articles/" + number + ".md");
        } catch (UncheckedIOException e) {
            return Optional.empty();
        }
        if (lines.isEmpty() || !lines.getFirst().strip().equals("---")) {
            return Optional.empty();
        }
        for (int i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
            if (lines.get(i).startsWith("title:")) {
                return Optional.of(lines.get(i).substring("title:".length()).strip());
            }
        }
        return Optional.empty();
    }

    private Optional<String> slugByTitle(String title) {
        return jdbc.queryForList("select slug from article_ref where title = ? and status = 'PUBLISHED' "
                + "and comments_open order by id limit 1", String.class, title).stream().findFirst();
    }

    private static List<String> read(String resource) {
        InputStream in = CommentDemoData.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing " + resource));
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
