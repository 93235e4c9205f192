-- German sort order for everything people read in lists: "Ärger" beside "Arzt", "Öl" before "Ozon", "Straße" beside
-- "Strasse", and quotation marks ignored ('ka-shifted'), so „Übernahme“ sorts under Ü and not after "Wohngeld".
-- ICU is built into the embedded PostgreSQL and into Debian's and the official images' servers.
create collation if not exists newsroom_de (provider = icu, locale = 'de-u-ka-shifted');

-- The sorts that page through large tables keep an index in the same order.
drop index if exists article_title_idx;
create index article_title_idx on article (title collate newsroom_de, id);
drop index if exists tag_name_idx;
create index tag_name_idx on tag (name collate newsroom_de, id);
