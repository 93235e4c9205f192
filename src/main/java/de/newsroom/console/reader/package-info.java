/** The reader side: a read-only, anonymous, cacheable JSON API of published content and a server-rendered preview page. */
package de.newsroom.console.reader;
