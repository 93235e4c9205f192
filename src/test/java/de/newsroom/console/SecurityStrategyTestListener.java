package de.newsroom.console;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test, puts the test's own application context's SecurityContextHolder strategy back in place. Vaadin
 * replaces that global strategy whenever another application context starts in the same JVM (a browser test, the
 * external-database test), while the cached context's method security keeps reading its own; without this, a login
 * made by a later test would be invisible to the services it calls.
 */
public class SecurityStrategyTestListener implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext ctx = testContext.getApplicationContext();
        ctx.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
