/** The moderators' views: the keyboard-first moderation queue and the admins' flag settings. */
package de.newsroom.console.comment.ui;
