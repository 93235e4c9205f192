-- Bylines (issue 15): one or more authors per article, in order, each a newsroom account or a free name ("dpa").
-- Article-owned; an account's name is read through user_display_name, so a renamed account shows its new name.
create table article_byline (
    article_id bigint      not null references article (id) on delete cascade,
    position   smallint    not null check (position >= 0),
    user_id    bigint,
    name       varchar(100),
    primary key (article_id, position),
    constraint article_byline_account_or_name check ((user_id is null) <> (name is null))
);
create index article_byline_user_idx on article_byline (user_id) where user_id is not null;

-- Until now the creating account was the only author.
insert into article_byline (article_id, position, user_id) select id, 0, author_id from article;

-- Revisions keep the bylines like the tags, one per line: "u:<account id>:<name then>" or "n:<free name>";
-- null in revisions written before bylines existed.
alter table article_revision add column bylines text;
