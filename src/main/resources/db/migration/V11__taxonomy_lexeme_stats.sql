-- Document frequencies of the published corpus for keyword suggestions: one row per german_stem lexeme with the
-- number of published articles containing it. Counting that over 100k articles takes seconds, so it is computed
-- here and refreshed in the background (CorpusStatistics), not per suggestion. The row with word = '' holds the
-- number of published articles (a tsvector never contains an empty lexeme).
-- unnest(tsvector) rather than ts_stat('...'): a query string inside ts_stat would be parsed at refresh time, when
-- PostgreSQL 17+ restricts search_path to pg_catalog and the article table cannot be found.
create materialized view taxonomy_lexeme_df as
select '' as word, count(*)::integer as ndoc from article where status = 'PUBLISHED'
union all
select l.lexeme as word, count(*)::integer as ndoc
from article a cross join lateral unnest(a.search_vector) as l
where a.status = 'PUBLISHED'
group by l.lexeme;

-- Unique, so that REFRESH ... CONCURRENTLY keeps the view readable while it is rebuilt.
create unique index taxonomy_lexeme_df_word_uk on taxonomy_lexeme_df (word);
