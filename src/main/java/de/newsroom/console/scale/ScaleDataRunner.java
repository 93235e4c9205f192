package de.newsroom.console.scale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** With the {@code scale} profile, fills an empty database with a newsroom-sized data set at startup. */
@Component
@Order(5)
@ConditionalOnProperty(name = "newsroom.scale.generate", havingValue = "true")
class ScaleDataRunner implements ApplicationRunner {

    private final ScaleDataGenerator generator;
    private final ScaleDataGenerator.Size size;
    private final long seed;

    ScaleDataRunner(ScaleDataGenerator generator,
                    @Value("${newsroom.scale.articles:100000}") int articles,
                    @Value("${newsroom.scale.tags:2000}") int tags,
                    @Value("${newsroom.scale.comments:1000000}") int comments,
                    @Value("${newsroom.scale.users:50}") int users,
                    @Value("${newsroom.scale.seed:42}") long seed) {
        this.generator = generator;
        this.size = new ScaleDataGenerator.Size(articles, tags, comments, users);
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (generator.isEmpty()) {
            generator.generate(size, seed, "artikel");
        }
    }
}
