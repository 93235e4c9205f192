/** The audit log view for admins. */
package de.newsroom.console.audit.ui;
