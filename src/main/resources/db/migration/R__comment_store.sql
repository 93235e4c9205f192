-- comment_store: the checks and the insert of one reader comment in one statement (decision 6). Its body lives here,
-- in a repeatable migration, so that a change is one diff: Flyway runs this file again whenever it changes, after
-- the versioned migrations. History: V60 created it, V62 dropped its NOTIFY, V63 added the advisory lock on
-- (client hash, text); the body below is V63's, reading the article through the view article publishes
-- (article_ref, R__article_views.sql; decision 10).
--
-- It serialises identical comments of one client: the function first takes a transaction-scoped advisory lock on
-- (client hash, text), the only pairs that can be duplicates; its second statement runs with a snapshot taken after
-- the lock, so it sees a first copy once that is committed. Callers that store several comments in one transaction
-- (comment.CommentStore) take the locks in key order, so two such transactions cannot deadlock. Pinned to its
-- generic plan: re-planning cost more than the execution.
--
-- V85 (decision 14) added p_trust_min and the status column of the answer: with p_trust_min set (automatic trust on,
-- the comment unflagged and its commenter not pre-moderated), a pending comment is approved on arrival when its
-- commenter (by e-mail if given, else by client hash) has at least p_trust_min approved and no rejected or spam
-- comments. A changed argument list is a new function in PostgreSQL, so the old one is dropped first.
--
-- V92 (decision 22) added p_automatic, which automation decided a comment decided on arrival (the column
-- decided_automatically; 'AUTOMATIC_TRUST' when the trust check here approves it), and p_hold_first: while the
-- surge guard applies stricter rules, a first comment that a moderator's trust would approve stays pending.
drop function if exists comment_store(text, text, timestamptz, bigint, text, text, text, text, text, text, text[],
                                      text, timestamptz, timestamptz);
drop function if exists comment_store(text, text, timestamptz, bigint, text, text, text, text, text, text, text[],
                                      text, timestamptz, timestamptz, integer);

create or replace function comment_store(
    p_slug             text,
    p_client_hash      text,
    p_duplicate_after  timestamptz,
    p_parent_id        bigint,
    p_author_name      text,
    p_email            text,
    p_body             text,
    p_status           text,
    p_reject_reason    text,
    p_reject_note      text,
    p_flags            text[],
    p_first_flag       text,
    p_created_at       timestamptz,
    p_decided_at       timestamptz,
    p_trust_min        integer,
    p_automatic        text,
    p_hold_first       boolean)
returns table (article_id bigint, duplicate boolean, reply_ok boolean, comment_id bigint, status text)
language sql
volatile
set plan_cache_mode = force_generic_plan
as $$
    -- One comment per client and text at a time, until its transaction ends: a second copy from the same client
    -- checks for duplicates only after the first is committed (re-entrant within one transaction).
    select pg_advisory_xact_lock(hashtext(p_client_hash), hashtext(p_body));

    with target as (
        select a.id from article_ref a where a.slug = p_slug and a.status = 'PUBLISHED' and a.comments_open
    ), checks as (
        select t.id as article_id,
               exists (select 1 from comment d
                       where d.client_hash = p_client_hash and d.created_at > p_duplicate_after
                         and d.body = p_body) as duplicate,
               (p_parent_id is null
                or exists (select 1 from comment p
                           where p.id = p_parent_id and p.article_id = t.id and p.status = 'APPROVED')) as reply_ok,
               not exists (select 1 from comment f where f.client_hash = p_client_hash)
               and not exists (select 1 from comment e
                               where e.email is not null and lower(e.email) = lower(p_email)) as first_comment,
               p_trust_min is not null and p_status = 'PENDING' and coalesce(case
                   when p_email is not null then
                       (select count(*) from (select 1 from comment a
                                              where a.email is not null and lower(a.email) = lower(p_email)
                                                and a.status = 'APPROVED' limit p_trust_min) a) >= p_trust_min
                       and not exists (select 1 from comment r
                                       where r.email is not null and lower(r.email) = lower(p_email)
                                         and r.status in ('REJECTED', 'SPAM'))
                   else
                       (select count(*) from (select 1 from comment a
                                              where a.client_hash = p_client_hash
                                                and a.status = 'APPROVED' limit p_trust_min) a) >= p_trust_min
                       and not exists (select 1 from comment r
                                       where r.client_hash = p_client_hash and r.status in ('REJECTED', 'SPAM'))
                   end, false) as trusted
        from target t
    ), decided as (
        select c.*, c.trusted and not c.first_comment as approve,
               p_hold_first and c.first_comment and p_status = 'APPROVED' as held
        from checks c
    ), inserted as (
        insert into comment (article_id, parent_id, author_name, email, body, status, reject_reason, reject_note,
                             flags, client_hash, created_at, decided_at, decided_automatically)
        select c.article_id, p_parent_id, p_author_name, p_email, p_body,
               case when c.approve then 'APPROVED' when c.held then 'PENDING' else p_status end, p_reject_reason,
               p_reject_note,
               case when c.first_comment then array_append(p_flags, p_first_flag) else p_flags end,
               p_client_hash, p_created_at,
               case when c.approve then p_created_at when c.held then null else p_decided_at end,
               case when c.approve then 'AUTOMATIC_TRUST' when c.held then null else p_automatic end
        from decided c
        where not c.duplicate and c.reply_ok
        returning id, comment.status
    )
    select c.article_id, c.duplicate, c.reply_ok, i.id, i.status::text
    from decided c left join inserted i on true
$$;
