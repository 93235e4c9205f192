-- The category trail ("News Archiv › Wirtschaft › Energie") stored with each category, so that the article list
-- shows it with a primary-key join instead of climbing the tree for every row (the scale benchmark's rare-term search
-- spent a third of its time on that climb). Triggers keep it right however a category changes: its own trail on
-- insert and on a change of name or parent, its descendants' trails after such a change (one set-based update; it
-- changes only "trail", so it does not fire the triggers again).
alter table category add column trail text not null default '';

with recursive t(id, trail) as (
    select id, name::text from category where parent_id is null
    union all
    select c.id, t.trail || ' › ' || c.name from category c join t on c.parent_id = t.id)
update category c set trail = t.trail from t where c.id = t.id;

create function category_set_trail() returns trigger
language plpgsql as $$
begin
    new.trail := coalesce((select p.trail || ' › ' from category p where p.id = new.parent_id), '') || new.name;
    return new;
end;
$$;

create function category_cascade_trail() returns trigger
language plpgsql as $$
begin
    with recursive sub(id, trail) as (
        select c.id, new.trail || ' › ' || c.name from category c where c.parent_id = new.id
        union all
        select c.id, sub.trail || ' › ' || c.name from category c join sub on c.parent_id = sub.id)
    update category c set trail = sub.trail from sub where c.id = sub.id;
    return null;
end;
$$;

create trigger category_trail_own
    before insert or update of name, parent_id on category
    for each row execute function category_set_trail();

create trigger category_trail_descendants
    after update of name, parent_id on category
    for each row when (old.trail is distinct from new.trail)
    execute function category_cascade_trail();
