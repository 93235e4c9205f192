-- Views the tag feature publishes for other features' SQL (decision 10): they may read these, never tag itself.
create or replace view tag_ref as
select id, name from tag;
