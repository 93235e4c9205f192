/** Login and account views. */
package de.newsroom.console.security.ui;
