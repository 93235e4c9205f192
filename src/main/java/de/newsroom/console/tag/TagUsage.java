package de.newsroom.console.tag;

/** A tag with the number of articles that carry it, for the tag admin list. {@code version} guards renames. */
public record TagUsage(Long id, String name, String key, long version, long usage) {

    public TagRef toRef() {
        return new TagRef(id, name);
    }
}
