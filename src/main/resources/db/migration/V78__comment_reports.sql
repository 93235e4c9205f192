-- Reader reports (issue 16). One row per reporting client and comment: a second report from the same client hash
-- counts once (primary key). The comment keeps running totals so the queue's page needs no join: report_count is every
-- report ever counted, reports_handled what the last moderator decision had seen, so report_count - reports_handled
-- is what still waits for a moderator.
create table comment_report (
    comment_id  bigint       not null references comment (id) on delete cascade,
    client_hash varchar(64)  not null,
    reason      varchar(20)  not null check (reason in ('SPAM', 'INSULT', 'PERSONAL_DATA', 'OFF_TOPIC', 'OTHER')),
    note        varchar(500),
    created_at  timestamptz  not null default now(),
    primary key (comment_id, client_hash)
);

alter table comment
    add column report_count    integer not null default 0,
    add column reports_handled integer not null default 0,
    add column report_reasons  text[]  not null default '{}';

-- The queue's "reported" filter: comments with reports no decision has seen, oldest first, keyset-paged. Partial,
-- so it stays as small as the set of open reports.
create index comment_reported_idx on comment (created_at, id) where report_count > reports_handled;

-- Moderation settings that admins change on /moderation/settings; one row.
create table comment_moderation_setting (
    id               boolean primary key default true check (id),
    report_threshold integer not null default 3 check (report_threshold between 1 and 100)
);
insert into comment_moderation_setting default values;
