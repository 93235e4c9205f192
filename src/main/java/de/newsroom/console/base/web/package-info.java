/** HTTP settings shared by features that answer the reader site (CORS for the public API). */
package de.newsroom.console.base.web;
