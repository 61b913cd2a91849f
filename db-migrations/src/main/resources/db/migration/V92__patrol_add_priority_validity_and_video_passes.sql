-- One-screen dispatch (issue 14, issue 11 point 5): every incident category carries a default priority
-- (URGENT, HIGH, NORMAL, LOW); an incident takes its category's priority unless an officer overrode it.
alter table incident_categories add column priority text not null default 'NORMAL'
    check (priority in ('URGENT', 'HIGH', 'NORMAL', 'LOW'));
update incident_categories set priority = 'URGENT'
 where code in ('CRIMINAL.ROBBERY', 'CRIMINAL.SNATCHING', 'CRIMINAL.INJURY', 'PUBLIC_ORDER.FIGHT', 'FIRE.FIRE',
                'TRAFFIC.ACCIDENT', 'ASSISTANCE.MISSING_PERSON');
update incident_categories set priority = 'HIGH'
 where code in ('CRIMINAL.THEFT', 'CRIMINAL.FRAUD', 'CRIMINAL.EXTORTION', 'CRIMINAL.OTHER',
                'PUBLIC_ORDER.DRUNKENNESS', 'ASSISTANCE.WELFARE');
update incident_categories set priority = 'LOW'
 where code in ('REPORT_COMPLAINT.COMPLAINT', 'REPORT_COMPLAINT.REPORT', 'INVALID.INVALID', 'INVALID',
                'ASSISTANCE.LOST_PROPERTY');

alter table incidents add column priority text not null default 'NORMAL'
    check (priority in ('URGENT', 'HIGH', 'NORMAL', 'LOW'));
alter table incidents add column priority_overridden boolean not null default false;
update incidents i set priority = c.priority from incident_categories c where c.code = i.category_code;

-- Plan validity: compliance counts only the days a plan was in force.
alter table patrol_plans add column valid_from date;
alter table patrol_plans add column valid_to date;
update patrol_plans p
   set valid_from = coalesce((select min((s.started_at at time zone 'Asia/Shanghai')::date)
                                from patrol_shifts s where s.plan_id = p.id),
                             (now() at time zone 'Asia/Shanghai')::date);
alter table patrol_plans alter column valid_from set not null;
alter table patrol_plans add constraint patrol_plans_validity check (valid_to is null or valid_to >= valid_from);
