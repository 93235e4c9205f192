-- Views the article feature publishes for other features' SQL (decision 10): they may read these, never article
-- itself. PostgreSQL inlines them, so the callers' statements keep their plans and indexes (ScaleRegressionTest).
--
-- article_ref: what the comment feature shows and checks (intake: slug, PUBLISHED, comments_open; moderation queue
-- and detail panel: title, lead, category). comment_store (R__comment_store.sql) reads it too.
create or replace view article_ref as
select id, slug, title, lead, category_id, status, comments_open from article;

-- article_tag_ref: which article carries which tag, for the tag feature's usage counts and unused-tag checks.
create or replace view article_tag_ref as
select article_id, tag_id from article_tag;

-- article_category_count: articles filed directly in each category, for the category tree's counts (rolled up along
-- the tree by the category feature) and the count shown before a category is deleted.
create or replace view article_category_count as
select category_id, count(*) as articles from article where category_id is not null group by category_id;

-- published_article_tag_text: the search vectors of the published articles each tag carries, newest first by
-- (published_at desc nulls last, article_id desc), for the tag feature's word profile of an existing tag (decision
-- 0037: how much an article's text resembles the articles the archive tagged with it).
create or replace view published_article_tag_text as
select x.tag_id, a.id as article_id, a.published_at, a.search_vector
from article_tag x join article a on a.id = x.article_id
where a.status = 'PUBLISHED';
