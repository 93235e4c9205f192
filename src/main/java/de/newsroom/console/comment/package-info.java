/**
 * Reader comments and their moderation: the queue, the detail and the decisions. The public API that takes comments
 * in is {@code intake}, the blocked-word and block-list rules are {@code rules}, live updates of open views are
 * {@code live}, the surge guard is {@code surge}, the moderators' views are {@code ui}.
 */
package de.newsroom.console.comment;
