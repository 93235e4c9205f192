package de.newsroom.console.tag;

import java.util.List;

/**
 * Tags {@code mergedIds} are about to be merged into {@code survivorId}. Published inside the merging transaction,
 * before the merged tags are deleted: a listener that keeps tags on something (the article feature) moves them to the
 * survivor synchronously, so no article loses a tag.
 */
public record TagsMerging(long survivorId, List<Long> mergedIds) {
}
