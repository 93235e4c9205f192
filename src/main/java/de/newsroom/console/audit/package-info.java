/** Append-only audit trail of consequential actions, written in the same transaction as the change. */
package de.newsroom.console.audit;
