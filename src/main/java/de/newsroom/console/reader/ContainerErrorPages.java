package de.newsroom.console.reader;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ContainerErrorValve} in the place of the host's {@code ErrorReportValve}. Spring Boot adds a plain one
 * (no report, no server info) from its own customizer when {@code server.error.include-stacktrace=never}; this
 * customizer runs after it (lowest precedence), takes that one out and adds ours, and names our class as the host's
 * error report valve, so that Tomcat does not add its default one when the host starts. Two such valves would each
 * try to report, and the inner one would win.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ReaderBadRequests answers;

    ContainerErrorPages(ReaderBadRequests answers) {
        this.answers = answers;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            var host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new ContainerErrorValve(answers, context.getPath()));
            host.setErrorReportValveClass(ContainerErrorValve.class.getName());
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
