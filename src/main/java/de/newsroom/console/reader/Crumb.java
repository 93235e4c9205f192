package de.newsroom.console.reader;

/**
 * One breadcrumb entry: {@code type} is {@code home}, {@code category} (with {@code path} and {@code slug}) or
 * {@code article} (with {@code slug}).
 */
public record Crumb(String type, String name, String slug, String path) {

    /** The first entry; its label is the reader site's ({@code newsroom.reader.home-label}). */
    static Crumb home(String label) {
        return new Crumb("home", label, null, "");
    }

    static Crumb category(CategoryRef c) {
        return new Crumb("category", c.name(), c.slug(), c.path());
    }

    static Crumb article(String title, String slug) {
        return new Crumb("article", title, slug, null);
    }
}
