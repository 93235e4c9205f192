-- Indexes for the dashboard's counts, so that each stays an index range scan at 1,000,000 comments.
-- Names carry "dashboard" so they cannot clash with indexes other features add for their own queries.

-- Comments received per hour over the last 24 hours.
create index comment_dashboard_created_idx on comment (created_at);
-- Decisions today (everyone) and decided per hour.
create index comment_dashboard_decided_idx on comment (decided_at) where decided_at is not null;
-- Decisions today by one moderator.
create index comment_dashboard_decided_by_idx on comment (decided_by, decided_at) where decided_at is not null;
-- Flagged comments still waiting: usually few among many pending ones.
create index comment_dashboard_flagged_idx on comment (created_at) where status = 'PENDING' and flags <> '{}';
-- An editor's own drafts.
create index article_dashboard_author_status_idx on article (author_id, status, updated_at desc);
-- Failed logins in the last 24 hours.
create index audit_event_dashboard_action_idx on audit_event (action, occurred_at desc);
