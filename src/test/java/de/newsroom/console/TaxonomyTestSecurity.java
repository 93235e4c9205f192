package de.newsroom.console;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Every Spring context with Vaadin installs its own {@code VaadinAwareSecurityContextHolderStrategy} as the static
 * {@link SecurityContextHolder} strategy. When another context starts in the same JVM (e.g. ExternalDatabaseTest
 * starts the app once more), the static strategy no longer is the one this context's method security reads, and
 * {@code SystemAuthentication} / {@code KaribuTest.login} appear to sign in nobody. Re-installing this context's
 * strategy before each test keeps them in step.
 */
public final class TaxonomyTestSecurity {

    private TaxonomyTestSecurity() {
    }

    public static void useStrategyOf(ApplicationContext ctx) {
        ctx.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
