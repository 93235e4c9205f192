package de.newsroom.console.base.web;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For test classes that start their own application context (a real server on a random port, {@code @DirtiesContext}).
 * Vaadin installs a {@link SecurityContextHolder} strategy globally whenever a context starts, while the shared test
 * context's beans keep the one they were built with. This puts the earlier strategy back after the class, or later
 * tests' logins would land in the wrong holder.
 */
public final class RestoresSecurityStrategy implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(RestoresSecurityStrategy.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put("strategy", SecurityContextHolder.getContextHolderStrategy());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        SecurityContextHolderStrategy previous =
                context.getStore(NAMESPACE).get("strategy", SecurityContextHolderStrategy.class);
        if (previous != null) {
            SecurityContextHolder.setContextHolderStrategy(previous);
        }
    }
}
