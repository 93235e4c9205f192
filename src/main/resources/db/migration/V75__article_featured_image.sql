-- The picture shown above an article (docs/features/media.md). A used picture cannot be deleted: MediaService refuses
-- through media_usage, and this reference refuses as well.
alter table article add column featured_image_id bigint references media_image (id);
create index article_featured_image_idx on article (featured_image_id) where featured_image_id is not null;
