-- Failed sign-ins per account name and per client address (form login and HTTP Basic),
-- shared by every node: a growing delay after a few failures, then a temporary lock.
create table sign_in_throttles (
    throttle_key    text primary key,           -- 'user:<lower-case name>' or 'address:<ip>'
    failures        integer not null,
    last_failure_at timestamptz not null,
    locked_until    timestamptz
);
