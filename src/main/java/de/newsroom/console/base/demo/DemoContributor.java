package de.newsroom.console.base.demo;

/**
 * A feature's share of the demo content. Contributors run in {@link #order()} on startup of the default profile, as
 * a system admin, inside the one startup seeding transaction ({@code base.db.StartupSeeding}): they must write through
 * that transaction's connection and leave existing data alone (later starts keep what users changed).
 */
public interface DemoContributor {

    /** Lower runs first: categories before articles before comments. */
    int order();

    /** Adds this feature's demo content if it is not there yet. */
    void seed();
}
