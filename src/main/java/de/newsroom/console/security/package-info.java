/** Accounts, roles, login and the security chain. */
package de.newsroom.console.security;
