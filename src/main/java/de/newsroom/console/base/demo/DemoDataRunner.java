package de.newsroom.console.base.demo;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Seeds the demo newsroom on startup of the default profile ({@code newsroom.demo-data=true}). */
@Component
@Order(10)
@ConditionalOnProperty(name = "newsroom.demo-data", havingValue = "true")
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final List<DemoContributor> contributors;

    DemoDataRunner(List<DemoContributor> contributors) {
        this.contributors = contributors;
    }

    @Override
    public void run(ApplicationArguments args) {
        contributors.stream().sorted(Comparator.comparingInt(DemoContributor::order)).forEach(c -> {
            SystemAuthentication.run(c::seed);
            log.debug("Demo content checked: {}", c.getClass().getSimpleName());
        });
    }
}
