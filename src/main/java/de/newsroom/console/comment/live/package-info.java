/** Live updates after comment changes commit: open views on this instance, other instances through NOTIFY/LISTEN. */
package de.newsroom.console.comment.live;
