package de.newsroom.console.scale;

import de.newsroom.console.base.db.SeedStep;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * With the {@code scale} profile, fills an empty database with a newsroom-sized data set at startup: a seed step, so
 * nodes starting together generate it once.
 */
@Component
@ConditionalOnProperty(name = "newsroom.scale.generate", havingValue = "true")
class ScaleDataRunner implements SeedStep {

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
    public int order() {
        return 5;
    }

    @Override
    public String name() {
        return "scale-data";
    }

    @Override
    public boolean seed() {
        if (generator.isEmpty()) {
            generator.generate(size, seed, "artikel");
        }
        if (generator.hasNoPictures()) {
            generator.pictures(ScaleDataGenerator.PICTURES, 1_000);
        }
        return true;
    }
}
