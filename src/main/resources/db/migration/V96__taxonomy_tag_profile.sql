-- Each tag's word profile for keyword suggestions (issue 19, round 19b, decision 0037): per tag, the german_stem
-- lexemes of the published articles carrying it, with the number of those articles containing each lexeme. A text
-- whose words do not resemble an existing tag's profile uses the tag's word in another sense ("Flügel" of a grand
-- piano against the archive's party wing), and the suggestion does not offer that tag. The row with word = '' holds
-- the number of published articles carrying the tag. Per tag only the 1000 lexemes most of its articles contain
-- (the rarer in the corpus first among equals) are kept, so the view stays bounded at any archive size; a lexeme left
-- out is in few of the tag's articles and would weigh little. Read by the
-- suggestion's tag statement by tag id; refreshed with taxonomy_lexeme_df (which it reads) by CorpusStatistics.
create materialized view taxonomy_tag_profile as
with tagged as (
    select t.tag_id, a.search_vector
    from article_tag t join article a on a.id = t.article_id
    where a.status = 'PUBLISHED'),
counts as (
    select g.tag_id, l.lexeme as word, count(*)::integer as ndoc
    from tagged g cross join lateral unnest(g.search_vector) as l
    group by g.tag_id, l.lexeme),
ranked as (
    select c.tag_id, c.word, c.ndoc,
           row_number() over (partition by c.tag_id order by c.ndoc desc, coalesce(d.ndoc, 0), c.word) as rank
    from counts c
    left join taxonomy_lexeme_df d on d.word = c.word)
select tag_id, '' as word, count(*)::integer as ndoc from tagged group by tag_id
union all
select tag_id, word, ndoc from ranked where rank <= 1000;

-- Unique, so that REFRESH ... CONCURRENTLY keeps the view readable while it is rebuilt; also the look-up by tag.
create unique index taxonomy_tag_profile_uk on taxonomy_tag_profile (tag_id, word);
