-- Keeps article_status_count (V90, decision 0020) in step with the article table: statement-level triggers append a
-- change row per author and status in the same transaction as every insert, status or author change and delete.
-- Repeatable, so a change to the functions is a new checksum, not a new versioned migration. Each run ends by
-- recounting: (re)creating the triggers locks the article table against writes until this migration commits, so no
-- change falls between the count and the triggers.

create or replace function article_status_count_apply() returns trigger language plpgsql as $$
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

create or replace function article_status_count_reset() returns trigger language plpgsql as $$
begin
    delete from article_status_count;
    return null;
end $$;

create or replace trigger article_status_count_insert after insert on article
    referencing new table as new_rows for each statement execute function article_status_count_apply();
create or replace trigger article_status_count_update after update on article
    referencing old table as old_rows new table as new_rows
    for each statement execute function article_status_count_apply();
create or replace trigger article_status_count_delete after delete on article
    referencing old table as old_rows for each statement execute function article_status_count_apply();
create or replace trigger article_status_count_truncate after truncate on article
    for each statement execute function article_status_count_reset();

delete from article_status_count;
insert into article_status_count (author_id, status, n)
select author_id, status, count(*) from article group by 1, 2;
