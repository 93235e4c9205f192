package de.newsroom.console.base.db;

/**
 * One part of what a start puts into an empty database (demo accounts or the first admin, scale data, demo content).
 * {@link StartupSeeding} runs every step in {@link #order()} inside one transaction under one lock, so nodes starting
 * together seed exactly once; a step that reported itself complete is recorded in {@code seed_state} and skipped on
 * every later start.
 */
public interface SeedStep {

    /** Lower runs first: accounts (0) before scale data (5) before demo content (10). */
    int order();

    /** This step's row in {@code seed_state}; a step whose row exists is not run again. */
    String name();

    /**
     * Seeds inside the caller's transaction (the lock holder's). Returns true when the step's data is now complete
     * (also when it was there already), false when it could not seed yet and should try again at the next start.
     */
    boolean seed();
}
