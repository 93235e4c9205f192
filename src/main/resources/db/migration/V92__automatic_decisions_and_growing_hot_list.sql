-- Issue 16, decision 22. Which automation decided a comment that no person decided (decided_by null, decided_at
-- set): the comment row is the only record of such a decision, since the intake writes no audit row (one statement
-- per comment, decision 6). Cleared by every decision of a person and by a reader report sending it back to review.
alter table comment add column decided_automatically text
    check (decided_automatically in ('BLOCKED_AUTHOR', 'SURGE_STRICTER_RULES', 'TRUSTED_COMMENTER',
                                     'AUTOMATIC_TRUST'));

-- The automatic rejections so far are recognisable by their note; approvals on arrival are not (a moderator's trust
-- and automatic trust wrote the same row), so they stay null: "decided by the system".
update comment set decided_automatically = case reject_note
        when 'blocked author (automatic)' then 'BLOCKED_AUTHOR'
        else 'SURGE_STRICTER_RULES' end
where decided_by is null and decided_at is not null and status in ('REJECTED', 'SPAM')
  and reject_note in ('blocked author (automatic)',
                      'flagged while the surge guard applied stricter rules (automatic)');

-- CLOSE_HOT_ARTICLES: the comments in the window an open article must reach to join the closed list while the
-- guard is on (half the busiest closed article's count at the switch); null = the list does not grow.
alter table comment_surge_state add column hot_bar bigint;
