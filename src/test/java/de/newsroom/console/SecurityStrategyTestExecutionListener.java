package de.newsroom.console;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Before every Spring test method, makes Spring Security's static context holder strategy the one of the test's own
 * application context. Vaadin installs a fresh strategy per application context, so a second context in the JVM
 * (ExternalDatabaseTest starts the app again) leaves the static holder pointing elsewhere, and
 * {@code SystemAuthentication} or {@code KaribuTest.login} then sign in nobody as far as method security is concerned.
 * Registered for all tests in {@code META-INF/spring.factories}.
 */
public class SecurityStrategyTestExecutionListener extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
