-- The public booking form carries a key generated once per form: a double-clicked submit or a reload of the
-- POST books once and shows the same reference again.
alter table appointments add column submission_key text;
create unique index appointments_submission_key_key on appointments (submission_key) where submission_key is not null;
