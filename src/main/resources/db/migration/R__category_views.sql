-- Views the category feature publishes for other features' SQL (decision 10): they may read these, never category
-- itself. category_ref serves "in this category or below" filters (path prefix) and the trail shown beside a row,
-- inside the caller's one statement; PostgreSQL inlines the view, so the plans are those of the table.
create or replace view category_ref as
select id, parent_id, name, path, trail from category;
