-- Two tables for nodes that share one database.
--
-- seed_state: one row per startup seeding step (demo accounts, first admin, demo content, scale data), written in the
-- same transaction as the step's data while base.db.StartupSeeding holds its advisory lock. A node starting later
-- sees the row and skips the step; a node that died mid-seed committed neither data nor row, so the next start does
-- the whole step again. Databases seeded before this migration get their rows at the next start (the steps' own
-- "already there" checks find the old data).
create table seed_state (
    step         text primary key,
    completed_at timestamptz not null
);

-- site_secret: secrets the site generates once when none is configured (today the comment client-address salt of
-- the default profile), so every node of the site and every restart uses the same value. A node inserts its
-- random candidate with ON CONFLICT DO NOTHING and reads back the row that won. A configured value (environment)
-- overrides the stored one and is never written here.
create table site_secret (
    name       text primary key,
    value      bytea not null check (octet_length(value) >= 16),
    created_at timestamptz not null
);
