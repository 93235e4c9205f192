-- Edits by the newsroom (issue 16): the public text changes, the reader's original stays here for admins only. One
-- row per comment, written by the first edit (later edits keep the reader's own words); never read by any public query.
create table comment_original (
    comment_id  bigint       primary key references comment (id) on delete cascade,
    body        text         not null,
    edited_at   timestamptz  not null,
    edited_by   varchar(50)  not null
);

alter table comment
    add column edited_by_newsroom boolean not null default false,
    -- A reply the newsroom wrote from the console (published at once, marked in the API and on the reader page).
    add column from_newsroom      boolean not null default false;
