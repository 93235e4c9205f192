/**
 * The surge guard: switches a configured policy on when the moderation queue runs away and off when it is back under
 * control; its state lives in PostgreSQL, the intake reads it from memory (decision 17).
 */
package de.newsroom.console.comment.surge;
