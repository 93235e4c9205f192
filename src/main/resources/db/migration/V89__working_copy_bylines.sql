-- The bylines of an editor's working copy, so that a restored copy brings back the authors as they were chosen.
-- One line per author, as in revisions: "u:<account id>:<name>" or "n:<free name>". Null: a copy from before this
-- column, or one that does not touch the bylines; restoring it leaves the form's bylines as they are.
alter table article_working_copy add column bylines text check (char_length(bylines) <= 20000);
