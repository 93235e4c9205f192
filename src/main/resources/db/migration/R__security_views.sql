-- Views the security feature publishes for other features' SQL (decision 10): they may read these, never app_user
-- itself, so the account table can change behind them. Single-row look-ups go through security.UserDirectory; a
-- view is for lists that must stay one statement per page (the article list's author column).
create or replace view user_display_name as
select id, username, display_name from app_user;
