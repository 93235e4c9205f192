/** Demo content for the default profile: each feature contributes its part through the same services users go through. */
package de.newsroom.console.base.demo;
