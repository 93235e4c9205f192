/** The rules that flag or refuse a comment on arrival (blocked words, author block list) and their settings. */
package de.newsroom.console.comment.rules;
