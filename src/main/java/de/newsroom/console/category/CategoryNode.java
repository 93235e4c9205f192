package de.newsroom.console.category;

import java.util.List;

/**
 * One category as the rest of the console sees it. {@code trail} holds the names from the root down to this node,
 * the breadcrumb of the reader page.
 */
public record CategoryNode(Long id, Long parentId, String name, String slug, String path, String description,
                           int position, long version, List<String> trail) {

    public int depth() {
        return trail.size() - 1;
    }

    /** "News Archiv › Wirtschaft", for grids and pickers. */
    public String displayPath() {
        return String.join(" › ", trail);
    }
}
