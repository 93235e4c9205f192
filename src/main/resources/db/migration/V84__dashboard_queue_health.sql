-- Queue health on the dashboard (issue 16): time to decision per hour and decisions per moderator per day read only
-- this index (an index-only scan over the last day or week), not the comment rows, at 1,000,000 comments.
create index comment_decision_time_idx on comment (decided_at) include (created_at, decided_by)
    where decided_at is not null and decided_by is not null;
