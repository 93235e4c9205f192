-- The category trail's trigger functions (V61 created them and the triggers): bodies live here, in a repeatable
-- migration, so that a change is one diff. The triggers themselves stay in V61.
create or replace function category_set_trail() returns trigger
language plpgsql as $$
begin
    new.trail := coalesce((select p.trail || ' › ' from category p where p.id = new.parent_id), '') || new.name;
    return new;
end;
$$;

create or replace function category_cascade_trail() returns trigger
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
