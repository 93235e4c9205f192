-- A category's page (/read/rubrik/{path}, GET /api/public/articles?category=) lists the published articles of a
-- category and its sub-categories, "published_at desc nulls last, id desc". With only the order index (V93)
-- PostgreSQL walked it past every other category's articles, or sorted the whole subtree: 7 articles in a category
-- beside 93,000 others took 118 ms a page at 100,000 articles. ReaderQueries now reads each category of the subtree
-- from this index in that order, at most offset + limit rows each, and merges them (0.6 ms).
-- article_category_idx (category_id, published_at desc) stays for the console; it orders nulls first, not by id,
-- and holds every status.
create index article_category_reader_idx on article (category_id, published_at desc nulls last, id desc)
    where status = 'PUBLISHED';
