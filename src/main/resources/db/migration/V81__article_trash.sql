-- The trash (issue 15): a trashed article keeps its row (and revisions, comments, aliases) until it is restored or
-- deleted for good by an admin or by the retention job; TRASHED sits outside the workflow's moves.
alter table article drop constraint article_status_check;
alter table article add constraint article_status_check
    check (status in ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED', 'TRASHED'));
alter table article add column trashed_at timestamptz;
alter table article add column trashed_from varchar(20)
    check (trashed_from in ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED'));
alter table article add constraint article_trashed_consistent
    check ((status = 'TRASHED') = (trashed_at is not null));
-- The retention job's scan: oldest trashed first.
create index article_trashed_idx on article (trashed_at, id) where status = 'TRASHED';
