-- The tag admin list sorts by name; alias look-ups go by tag when a tag is merged or deleted.
create index tag_name_idx on tag (lower(name), id);
create index tag_alias_tag_idx on tag_alias (tag_id);
