/** Shared domain building blocks: text limits, text checks, slugs and teasers. */
package de.newsroom.console.base.domain;
