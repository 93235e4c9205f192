package de.newsroom.console.tag;

/** Orders of the tag admin list; both are sorted in the database. */
public enum TagSort {
    NAME_ASC, NAME_DESC, USAGE_DESC, USAGE_ASC
}
