/** Translations: every visible text comes from the English and German bundles under i18n/. */
package de.newsroom.console.base.i18n;
