-- V40 (audit) added audit_event_action_idx (action, occurred_at desc, id desc), which serves the dashboard's
-- failed-login count as well; the dashboard's own copy only slowed down writes.
drop index if exists audit_event_dashboard_action_idx;
