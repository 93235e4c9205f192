/** Shared UI: the main layout, notifications and the error handler. */
package de.newsroom.console.base.ui;
