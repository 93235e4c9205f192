/**
 * Database wiring: the embedded PostgreSQL used when no external server is configured, startup seeding under one lock,
 * and the secrets the site generates once and shares through the database.
 */
package de.newsroom.console.base.db;
