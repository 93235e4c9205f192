/** Helpers that keep log files honest: user-supplied text is encoded before it reaches a log line. */
package de.newsroom.console.base.log;
