package de.newsroom.console.reader;

import java.util.List;

/** A root category with the categories directly below it, as the home page's section list shows them. */
public record Section(CategoryRef category, List<CategoryRef> children) {
}
