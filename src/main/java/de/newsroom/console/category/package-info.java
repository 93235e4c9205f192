/** The category tree that gives articles their section and the reader page its breadcrumb. */
package de.newsroom.console.category;
