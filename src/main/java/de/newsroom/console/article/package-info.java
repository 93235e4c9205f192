/** Articles: writing, the review and publishing workflow, scheduling, revisions and the two-editor conflict rules. */
package de.newsroom.console.article;
