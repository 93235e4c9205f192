package de.newsroom.console.base.demo;

import de.newsroom.console.base.db.SeedStep;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo newsroom on startup of the default profile ({@code newsroom.demo-data=true}): one seed step, so the
 * whole demo content is written once per database, in one transaction, even when several nodes start together.
 */
@Component
@ConditionalOnProperty(name = "newsroom.demo-data", havingValue = "true")
class DemoDataRunner implements SeedStep {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final List<DemoContributor> contributors;

    DemoDataRunner(List<DemoContributor> contributors) {
        this.contributors = contributors;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String name() {
        return "demo-content";
    }

    @Override
    public boolean seed() {
        contributors.stream().sorted(Comparator.comparingInt(DemoContributor::order)).forEach(c -> {
            SystemAuthentication.run(c::seed);
            log.debug("Demo content checked: {}", c.getClass().getSimpleName());
        });
        return true;
    }
}
