/** Shared kernel: building blocks every feature may use; depends on no feature. */
package de.newsroom.console.base;
