-- The article list's tab counts as counters (issue 15, decision 0020). Counting the article table per status on
-- every opening of the list cost 200 ms at 100,000 articles and grew with the table; the rows of this table are
-- summed instead: one folded row per author and status (a few hundred whatever the number of articles) plus the
-- changes since the last fold.
--
-- Statement-level triggers with transition tables append a change row per author and status in the same
-- transaction as every insert, status or author change and delete, however it is made (JPA, bulk SQL, trash,
-- restore, permanent delete, the scheduler on any node, the scale generator). They only insert: no counter row is
-- updated in place, so two transactions changing statuses at once neither wait for each other nor deadlock (an
-- in-place "n = n + 1" locks the counter rows, and two transactions of several statements each, such as the
-- scheduler on two nodes, lock them in opposite orders). ArticleStatusCounts folds the change rows every minute.
create table article_status_count (
    author_id bigint      not null,
    status    varchar(20) not null,
    n         bigint      not null
);
create index article_status_count_key_idx on article_status_count (author_id, status);

create function article_status_count_apply() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into article_status_count (author_id, status, n)
        select author_id, status, count(*) from new_rows group by 1, 2;
    elsif tg_op = 'DELETE' then
        insert into article_status_count (author_id, status, n)
        select author_id, status, -count(*) from old_rows group by 1, 2;
    else
        -- An update that moves no article between statuses or authors (most saves) writes nothing.
        insert into article_status_count (author_id, status, n)
        select author_id, status, sum(d) from (
            select author_id, status, 1 as d from new_rows
            union all
            select author_id, status, -1 from old_rows) c
        group by 1, 2 having sum(d) <> 0;
    end if;
    return null;
end $$;

create function article_status_count_reset() returns trigger language plpgsql as $$
begin
    delete from article_status_count;
    return null;
end $$;

create trigger article_status_count_insert after insert on article
    referencing new table as new_rows for each statement execute function article_status_count_apply();
create trigger article_status_count_update after update on article
    referencing old table as old_rows new table as new_rows
    for each statement execute function article_status_count_apply();
create trigger article_status_count_delete after delete on article
    referencing old table as old_rows for each statement execute function article_status_count_apply();
create trigger article_status_count_truncate after truncate on article
    for each statement execute function article_status_count_reset();

-- Backfill: creating the triggers locked the article table against writes until this migration commits, so no
-- change falls between this count and the triggers taking over.
insert into article_status_count (author_id, status, n)
select author_id, status, count(*) from article group by 1, 2;

-- Next versions in review (the "in review" tab and the dashboard add them): few at any time, found by this index.
create index article_next_version_review_idx on article_next_version (article_id) where status = 'IN_REVIEW';
