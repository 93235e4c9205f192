/** Database wiring: the embedded PostgreSQL used when no external server is configured. */
package de.newsroom.console.base.db;
