/** Dashboard views. */
package de.newsroom.console.dashboard.ui;
