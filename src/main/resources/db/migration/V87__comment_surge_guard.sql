-- Surge guard (decision 17): the admins' thresholds and policy beside the other comment settings, and the guard's
-- state in one row, so that every instance sees the same state and a switch happens once (a conditional UPDATE).
alter table comment_moderation_setting
    add column surge_enabled          boolean not null default false,
    add column surge_pending          integer not null default 500 check (surge_pending between 1 and 1000000),
    add column surge_oldest_minutes   integer not null default 120 check (surge_oldest_minutes between 0 and 10080),
    add column surge_idle_minutes     integer not null default 0 check (surge_idle_minutes between 0 and 10080),
    add column surge_lift_percent     integer not null default 50 check (surge_lift_percent between 10 and 100),
    add column surge_lift_minutes     integer not null default 10 check (surge_lift_minutes between 0 and 1440),
    add column surge_policy           text not null default 'HOLD_ALL'
        check (surge_policy in ('HOLD_ALL', 'CLOSE_HOT_ARTICLES', 'STRICTER_RULES')),
    add column surge_hot_articles     integer not null default 3 check (surge_hot_articles between 1 and 50),
    add column surge_hot_window_minutes integer not null default 15 check (surge_hot_window_minutes between 1 and 1440);

create table comment_surge_state (
    id              boolean primary key default true check (id),
    active          boolean not null default false,
    since           timestamptz,
    policy          text,
    trigger         text,
    trigger_value   bigint,
    pending         bigint,
    closed_slugs    text[] not null default '{}',
    calm_since      timestamptz,
    changed_at      timestamptz
);
insert into comment_surge_state default values;
