-- The audit log is append-only. The application connects as the table owner in embedded mode, so a REVOKE alone
-- would not bind it; these triggers refuse UPDATE, DELETE and TRUNCATE for every role, the owner included.
create function audit_event_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_refuse_change();

revoke update, delete, truncate on audit_event from public;

-- Filters of the audit view: by action or target, newest first.
create index audit_event_action_idx on audit_event (action, occurred_at desc, id desc);
create index audit_event_target_idx on audit_event (target_type, target_id, occurred_at desc);
