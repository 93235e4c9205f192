/** Moderators' actions on a commenter (suspend, ban, pre-moderate, trust), their history and their check on intake. */
package de.newsroom.console.comment.commenter;
