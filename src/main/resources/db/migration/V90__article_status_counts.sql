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

-- The triggers that keep it, and the count they start from, are in R__article_status_count.sql.

-- Next versions in review (the "in review" tab and the dashboard add them): few at any time, found by this index.
create index article_next_version_review_idx on article_next_version (article_id) where status = 'IN_REVIEW';
