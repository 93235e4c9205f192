/** The admins' category tree editor. */
package de.newsroom.console.category.ui;
