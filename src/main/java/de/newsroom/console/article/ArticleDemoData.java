package de.newsroom.console.article;

import de.newsroom.console.base.demo.DemoContributor;
import de.newsroom.console.category.CategoryNode;
import de.newsroom.console.category.CategoryService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The 40 demo articles under {@code demo/articles/}, written through {@link ArticleEditing} and
 * {@link ArticleWorkflow} as the demo account {@code editor}, and moved to the status their front matter names; a few
 * carry an agency's or a colleague's byline. Skipped when any article exists.
 */
@Component
class ArticleDemoData implements DemoContributor {

    static final String DEMO_AUTHOR = "editor";

    private final ArticleEditing editing;
    private final ArticleWorkflow workflow;
    private final ArticleRepository repository;
    private final CategoryService categories;
    private final ArticlePeople people;
    private final Clock clock;
    private final ArticleCorrections corrections;
    private final ArticleNextVersions nextVersions;

    ArticleDemoData(ArticleEditing editing, ArticleWorkflow workflow, ArticleRepository repository,
                    CategoryService categories, ArticlePeople people, Clock clock, ArticleCorrections corrections,
                    ArticleNextVersions nextVersions) {
        this.corrections = corrections;
        this.nextVersions = nextVersions;
        this.editing = editing;
        this.workflow = workflow;
        this.repository = repository;
        this.categories = categories;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void seed() {
        if (repository.count() > 0 || people.idOf(DEMO_AUTHOR).isEmpty()) {
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext asEditor = SecurityContextHolder.createEmptyContext();
        asEditor.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(DEMO_AUTHOR, null,
                List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
        SecurityContextHolder.setContext(asEditor);
        try {
            Map<String, Long> categoryIds = new HashMap<>();
            for (CategoryNode node : categories.tree()) {
                if (node.trail().size() > 1) {
                    categoryIds.put(String.join("/", node.trail().subList(1, node.trail().size())), node.id());
                }
            }
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:demo/articles/*.md");
            Arrays.sort(files, (a, b) -> String.valueOf(a.getFilename()).compareTo(String.valueOf(b.getFilename())));
            int index = 0;
            ArticleDetails first = null;
            for (Resource file : files) {
                ArticleDetails seeded = seedOne(read(file), categoryIds, index++);
                first = first == null ? seeded : first;
            }
            if (first != null && first.status() == ArticleStatus.PUBLISHED) {
                correct(first);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * The first demo article gets a published correction (the note under the article on the site and in the API)
     * and a new version in review beside the corrected live text (decision 0018).
     */
    private void correct(ArticleDetails live) {
        String wrong = "um rund sechs Prozent zu senken";
        if (!live.body().contains(wrong)) {
            return;
        }
        ArticleDetails corrected = corrections.publish(new ArticleDraft(live.id(), live.version(), live.title(),
                live.slug(), live.lead(), live.body().replace(wrong, "um rund vier Prozent zu senken"),
                live.categoryId(), live.tagNames(), live.commentsOpen(), live.bylines()),
                "In einer früheren Fassung hieß es, die Stadtwerke Auental senkten ihre Preise zum Jahreswechsel um "
                        + "rund sechs Prozent. Richtig ist: um rund vier Prozent.");
        NextVersion next = nextVersions.start(corrected.id(), corrected.version());
        ArticleDraft d = next.draft();
        next = nextVersions.save(new ArticleDraft(d.id(), d.baseVersion(),
                "Strompreise sinken – Stadtwerke Auental senken ihre Tarife zum Jahreswechsel", d.slug(), d.lead(),
                d.body(), d.categoryId(), d.tagNames(), d.commentsOpen(), d.bylines()), corrected.version());
        nextVersions.move(corrected.id(), next.version(), ArticleStatus.IN_REVIEW);
    }

    private ArticleDetails seedOne(String text, Map<String, Long> categoryIds, int index) {
        DemoArticle demo = DemoArticle.parse(text);
        ArticleDetails a = editing.save(new ArticleDraft(null, 0, demo.title(), "", demo.lead(), demo.body(),
                categoryIds.get(demo.category()), demo.tags(), true, demoBylines(index)));
        ArticleStatus target = demo.status();
        if (target == ArticleStatus.DRAFT) {
            return a;
        }
        a = workflow.transition(a.id(), a.version(), ArticleStatus.IN_REVIEW);
        switch (target) {
            case PUBLISHED -> a = workflow.transition(a.id(), a.version(), ArticleStatus.PUBLISHED);
            case SCHEDULED -> workflow.schedule(a.id(), a.version(),
                    clock.instant().plus(Duration.ofDays(1 + index % 3)).plus(Duration.ofHours(index % 5)));
            case ARCHIVED -> {
                a = workflow.transition(a.id(), a.version(), ArticleStatus.PUBLISHED);
                workflow.transition(a.id(), a.version(), ArticleStatus.ARCHIVED);
            }
            default -> {
            }
        }
        return a;
    }

    /** A few articles written with an agency or a colleague, so the list, the API and the site show bylines. */
    private List<Byline> demoBylines(int index) {
        Long editor = people.idOf(DEMO_AUTHOR).orElseThrow();
        Byline me = Byline.account(editor, people.displayName(editor));
        return switch (index % 8) {
            case 1 -> List.of(me, Byline.free("dpa"));
            case 4 -> List.of(Byline.free("Reuters"));
            case 6 -> people.idOf("admin").map(id -> List.of(me, Byline.account(id, people.displayName(id))))
                    .orElse(List.of(me));
            default -> null;
        };
    }

    private static String read(Resource file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A demo file: front matter (title, category, tags, status), then the lead paragraph, then the Markdown body. */
    record DemoArticle(String title, String category, List<String> tags, ArticleStatus status, String lead,
                       String body) {

        static DemoArticle parse(String text) {
            String normalized = text.replace("\r\n", "\n");
            String[] parts = normalized.split("(?m)^---\\s*$", 3);
            Map<String, String> meta = new HashMap<>();
            for (String line : parts[1].strip().split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    meta.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            }
            String rest = parts[2].strip();
            int blank = rest.indexOf("\n\n");
            String lead = blank < 0 ? rest : rest.substring(0, blank).strip();
            String body = blank < 0 ? "" : rest.substring(blank).strip();
            List<String> tags = Arrays.stream(meta.getOrDefault("tags", "").split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            return new DemoArticle(meta.get("title"), meta.getOrDefault("category", ""), tags,
                    ArticleStatus.valueOf(meta.getOrDefault("status", "DRAFT")), lead, body);
        }
    }
}
