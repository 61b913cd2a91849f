-- Issue 9 on the case aggregate: the penalty a punishment decision carries (on the review and,
-- once approved, on the case), the hearing notice, the extension's approval date by the level
-- above, and the supervisor's approval of the complex review / the 30-day criminal track.
alter table case_reviews
    add column approval_date              date,
    add column hearing_noticed            boolean not null default false,
    add column penalty_warning            boolean not null default false,
    add column penalty_fine               numeric(14, 2) check (penalty_fine > 0),
    add column penalty_detention_days     int check (penalty_detention_days between 1 and 20),
    add column penalty_licence_revoked    boolean not null default false,
    add column penalty_business_suspended boolean not null default false;

alter table cases
    add column penalty_warning            boolean not null default false,
    add column penalty_fine               numeric(14, 2) check (penalty_fine > 0),
    add column penalty_detention_days     int check (penalty_detention_days between 1 and 20),
    add column penalty_licence_revoked    boolean not null default false,
    add column penalty_business_suspended boolean not null default false,
    add column complex_approved_by        bigint references officers (id),
    add column complex_approved_at        timestamptz,
    add column track_approved_by          bigint references officers (id),
    add column track_approved_at          timestamptz;

-- The date of the approval by the level above; extensions recorded before stay without one.
alter table case_extensions add column approved_on date;
