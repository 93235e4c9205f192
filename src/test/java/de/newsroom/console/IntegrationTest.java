package de.newsroom.console;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Spring Boot test on a fresh, real PostgreSQL cluster (embedded, temporary) with the demo accounts but no demo
 * content. Tests sharing this annotation share one context and one database, so they create their own data. The
 * context's DataSource counts statements for {@link StatementCounter}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(StatementCounter.Config.class)
public @interface IntegrationTest {
}
