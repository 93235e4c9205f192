package de.newsroom.console.comment.intake;

import java.util.List;

/** One page of an article's approved top-level comments, each with its approved replies nested. */
public record PublicThread(int page, int size, boolean hasMore, List<PublicComment> comments) {
}
