-- Public comment intake: idempotent retries, duplicate detection and author history.

-- A retried POST with the same Idempotency-Key from the same client gets the stored answer. The primary key makes a
-- concurrent retry wait for the first attempt and then read its answer instead of storing a second comment.
create table comment_idempotency (
    idem_key      varchar(200) not null,
    client_hash   varchar(64)  not null,
    comment_id    bigint references comment (id) on delete cascade,
    response_body text,
    created_at    timestamptz  not null default now(),
    primary key (idem_key, client_hash)
);
create index comment_idempotency_created_idx on comment_idempotency (created_at);

-- Duplicate-body check and author history by client hash; history by e-mail.
create index comment_client_idx on comment (client_hash, created_at desc) where client_hash is not null;
create index comment_email_idx on comment (lower(email), created_at desc) where email is not null;
-- Public thread of one article: approved comments oldest first is served by comment_article_idx.
