/** Reader comments and their moderation, including blocked-word flagging. */
package de.newsroom.console.comment;
