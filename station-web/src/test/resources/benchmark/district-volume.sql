-- A district: the demo stations ML and DS plus {stations} - 2 generated stations, {years} years back
-- from today. Run by DistrictVolume (station-web test tree), both for DistrictVolumeBenchmark and for
-- the command scripts/generate-district.sh. Statements are separated by semicolons at the end of a line;
-- steps by a line "-- step NAME". A step whose text holds {station} runs once per station (1 = the
-- busiest, in order), all such steps of one station before the next station; steps before the first of
-- them run once before, steps after the last once after. {stations}, {years} and {station} are replaced
-- by integers before a statement runs. Random choices are seeded and the script runs on one connection,
-- so runs are comparable.

-- step stations, areas and officers
select setseed(0.42);
insert into stations (code, name, bureau, address, area_km2, residential_compounds, actual_population,
    registered_population, floating_population, schools, urban_villages, officer_headcount)
select 'V' || lpad(g::text, 2, '0'), '基准' || g || '号派出所', '示范区公安分局', '基准路' || g || '号', 8 + g,
    40 + g, 60000 + 5000 * g, 30000, 30000 + 5000 * g, 6, 1, 40 + g
from generate_series(3, {stations}) g;
create table volume_district as
select s.id as station_id, s.code,
    row_number() over (order by case s.code when 'ML' then 0 when 'DS' then 1 else 2 end, s.code) as rank
from stations s
where s.code in ('ML', 'DS') or s.code ~ '^V[0-9]{2}$';
delete from volume_district where rank > {stations};
-- a busy station takes 300 incidents a day, each next one 80 % of the one before (the long tail):
-- 300, 240, 192, 154, 123, ... 13 for the fifteenth; 96 a day on average over 15 stations
alter table volume_district add column rate int, add column areas bigint[], add column officers bigint[];
update volume_district set rate = greatest(10, round(300 * power(0.8, rank - 1)));
insert into areas (station_id, name, kind)
select d.station_id, '基准' || a || '社区', case when a = 6 then 'RESPONSIBILITY_AREA' else 'COMMUNITY' end
from volume_district d, generate_series(1, 6) a
where d.code like 'V%';
insert into officers (username, display_name, badge_number, phone, station_id, team, roles, preferred_language,
    password_hash)
select 'vol.' || lower(d.code) || '.' || n, '基准民警' || d.code || n, 'VB' || d.station_id || '-' || n,
    '1380' || lpad((d.station_id * 100 + n)::text, 7, '0'), d.station_id, '社区警务组', o.roles, 'zh-CN',
    o.password_hash
from volume_district d, generate_series(1, 12) n, officers o
where o.username = 'ml.officer';
update volume_district d set
    areas = (select array_agg(a.id order by a.id) from areas a where a.station_id = d.station_id),
    officers = (select array_agg(o.id order by o.id) from officers o
                where o.station_id = d.station_id and o.username like 'vol.%');

-- step incidents
-- hours skewed to day and evening, categories to disputes, noise, theft and traffic; areas to the first
-- (hot) ones of each station; incidents of the last hours are on the board, a third of the last two days'
-- cleared and waiting for a disposition, older ones disposed (but for a 0.2 % backlog); today only up to now
insert into incidents (station_id, receipt_number, query_code, received_at, source, category_code, location,
    area_id, reporter_name, reporter_phone, description, status, assigned_officer_id, assigned_team,
    dispatched_at, arrived_at, cleared_at, disposition_note, transfer_unit, transfer_completed_at, created_by,
    created_at, priority)
select d.station_id, 'V' || d.station_id || '-' || g, 'Q' || d.station_id || 'X' || g, t.at,
    (array['PHONE','PHONE','PHONE','PHONE','WALK_IN','WECHAT_WORK','PATROL','SYSTEM_ALERT'])[1 + floor(random() * 8)::int],
    c.code, '基准路' || (1 + floor(random() * 300)::int) || '号', d.areas[1 + floor(power(random(), 2) * array_length(d.areas, 1))::int],
    '报警人' || g, '139' || lpad((g % 100000000)::text, 8, '0'), c.text || '（' || g || '）', s.status,
    case when s.status <> 'RECEIVED' then d.officers[1 + floor(random() * array_length(d.officers, 1))::int] end,
    '社区警务组',
    case when s.status not in ('RECEIVED', 'INVALID') then t.at + make_interval(mins => 1 + floor(random() * 4)::int) end,
    case when s.status not in ('RECEIVED', 'DISPATCHED', 'INVALID') then t.at + make_interval(mins => 5 + floor(random() * 15)::int) end,
    case when s.status not in ('RECEIVED', 'DISPATCHED', 'ON_SCENE') then t.at + make_interval(mins => 30 + floor(random() * 150)::int) end,
    case when s.status not in ('RECEIVED', 'DISPATCHED', 'ON_SCENE') then '已处置' else '' end,
    case when s.status = 'TRANSFERRED' then '区城管执法局' else '' end,
    case when s.status = 'TRANSFERRED' then t.at + interval '1 day' end,
    'vol.loader', t.at, ic.priority
from volume_district d
cross join lateral generate_series(1, d.rate * 365 * {years}) g
cross join lateral (
    select raw as at
    from (select date_trunc('day', now()) - make_interval(days => (g - 1) / d.rate)
              + make_interval(hours => case when h < 0.05 then floor(random() * 7)::int
                                            when h < 0.35 then 7 + floor(random() * 6)::int
                                            when h < 0.80 then 13 + floor(random() * 8)::int
                                            else 21 + floor(random() * 3)::int end,
                              mins => floor(random() * 60)::int) as raw
          from (select random() + g * 0 as h) hh) r) t
cross join lateral (
    select (array['PUBLIC_ORDER.DISPUTE','PUBLIC_ORDER.DISPUTE','PUBLIC_ORDER.DISPUTE','PUBLIC_ORDER.DISPUTE',
                  'PUBLIC_ORDER.DISPUTE','PUBLIC_ORDER.DISPUTE','PUBLIC_ORDER.NOISE','PUBLIC_ORDER.NOISE',
                  'PUBLIC_ORDER.NOISE','CRIMINAL.THEFT','CRIMINAL.THEFT','CRIMINAL.THEFT','CRIMINAL.THEFT',
                  'TRAFFIC.ACCIDENT','TRAFFIC.ACCIDENT','TRAFFIC.ACCIDENT','ASSISTANCE.LOST_PROPERTY',
                  'ASSISTANCE.LOST_PROPERTY','ASSISTANCE.LOCKOUT','ASSISTANCE.LOCKOUT','ASSISTANCE.WELFARE',
                  'ASSISTANCE.WELFARE','CRIMINAL.FRAUD','CRIMINAL.FRAUD','PUBLIC_ORDER.FIGHT','PUBLIC_ORDER.FIGHT',
                  'PUBLIC_ORDER.DRUNKENNESS','ASSISTANCE.MISSING_PERSON','REPORT_COMPLAINT.COMPLAINT',
                  'REPORT_COMPLAINT.REPORT','INVALID.INVALID','INVALID.INVALID','CRIMINAL.INJURY',
                  'TRAFFIC.CONGESTION','FIRE.FIRE','CRIMINAL.SNATCHING','CRIMINAL.ROBBERY','PUBLIC_ORDER.OTHER',
                  'CRIMINAL.OTHER','PUBLIC_ORDER.DEFAMATION'])[k] as code,
           (array['邻里纠纷','邻里纠纷','房屋租赁纠纷','家庭纠纷','消费纠纷','工资纠纷','噪音扰民','夜间施工噪音',
                  '广场舞噪音','电动自行车被盗','手机被扒窃','入室盗窃','车内财物被盗','两车碰擦','非机动车交通事故',
                  '行人被撞','钱包遗失','证件遗失','开锁求助','钥匙锁车内','老人求助','醉酒人员救助','网络刷单诈骗',
                  '冒充客服诈骗','酒后打架','打架斗殴','醉酒滋事','老人走失','投诉商户','举报赌博','误拨','无效报警',
                  '故意伤害','道路拥堵','电动车起火','抢夺手机','持刀抢劫','其他治安','其他刑事','网络诽谤'])[k] as text
    from (select 1 + floor(random() * 40)::int + g * 0 as k) kk) c
cross join lateral (
    select case
        when t.at > now() - interval '20 minutes' then 'RECEIVED'
        when t.at > now() - interval '1 hour' then 'DISPATCHED'
        when t.at > now() - interval '3 hours' then 'ON_SCENE'
        when t.at > now() - interval '2 days' and x < 0.3 then 'CLEARED'
        when x >= 0.998 then 'CLEARED'
        when c.code = 'INVALID.INVALID' then 'INVALID'
        when c.code in ('CRIMINAL.THEFT','CRIMINAL.FRAUD','CRIMINAL.INJURY','CRIMINAL.ROBBERY','CRIMINAL.SNATCHING',
                        'CRIMINAL.OTHER') then case when x < 0.4 then 'CASE_OPENED' else 'RESOLVED_ON_SITE' end
        when c.code in ('PUBLIC_ORDER.FIGHT','PUBLIC_ORDER.DRUNKENNESS') then case when x < 0.3 then 'CASE_OPENED' else 'RESOLVED_ON_SITE' end
        when c.code = 'PUBLIC_ORDER.DISPUTE' then case when x < 0.5 then 'REFERRED_TO_MEDIATION' else 'RESOLVED_ON_SITE' end
        when x < 0.03 then 'TRANSFERRED'
        else 'RESOLVED_ON_SITE' end as status
    from (select random() + g * 0 as x) xx) s
cross join lateral (select priority from incident_categories where code = c.code) ic
where d.rank = {station} and t.at <= now();

-- step cases
insert into cases (station_id, case_number, title, kind, stage, category_code, incident_id, summary,
    lead_officer_id, team, accepted_at, filed_on, clock_started_on, deadline_at, closed_at, created_at, offence_date)
select i.station_id, 'VC' || i.id, i.description || '案',
    case when i.category_code like 'CRIMINAL.%' then 'CRIMINAL' else 'ADMINISTRATIVE' end, st.stage,
    i.category_code, i.id, i.description, i.assigned_officer_id, i.assigned_team, i.received_at + interval '1 hour',
    case when st.stage not in ('ACCEPTED', 'NOT_FILED') then (i.received_at + interval '2 days')::date end,
    (i.received_at + interval '1 hour')::date,
    case when st.stage not in ('CLOSED', 'WITHDRAWN', 'NOT_FILED') then i.received_at + interval '30 days' end,
    case when st.stage in ('CLOSED', 'WITHDRAWN', 'NOT_FILED') then i.received_at + interval '20 days' end,
    i.received_at + interval '1 hour', i.received_at::date
from incidents i
cross join lateral (
    select case
        when i.received_at > now() - interval '3 days' then 'ACCEPTED'
        when i.received_at > now() - interval '45 days' then (array['ACCEPTED','FILED','INVESTIGATING','INVESTIGATING'])[1 + (i.id % 4)::int]
        when i.id % 20 = 0 then 'INVESTIGATING'
        when i.id % 20 = 1 then 'NOT_FILED'
        when i.id % 20 = 2 then 'WITHDRAWN'
        else 'CLOSED' end as stage) st
where i.station_id = (select station_id from volume_district where rank = {station})
    and i.created_by = 'vol.loader' and i.status = 'CASE_OPENED';

-- step disputes
insert into disputes (station_id, file_number, kind, source, category_code, title, summary, place, area_id,
    headcount, risk_grade, escalated, incident_id, registered_on, registered_by, status, agreement_reached_on,
    failed_on, created_at, updated_at)
select i.station_id, 'VD-' || i.id, 'PEOPLE', 'INCIDENT',
    (array['NEIGHBOUR','FAMILY','RENTAL','WAGES','CONSUMER','PROPERTY_MANAGEMENT','TRAFFIC','COMMERCIAL','OTHER'])[1 + (i.id % 9)::int],
    i.description, i.description, i.location, i.area_id, 2 + (i.id % 3)::int,
    (array['BLUE','BLUE','BLUE','YELLOW','YELLOW','RED'])[1 + (i.id % 6)::int], i.id % 97 = 0, i.id,
    i.received_at::date, i.assigned_officer_id, ds.status,
    case when ds.status = 'AGREED' then i.received_at::date + 3 end,
    case when ds.status = 'FAILED' then i.received_at::date + 5 end, i.received_at, i.received_at
from incidents i
cross join lateral (
    select case when i.received_at > now() - interval '14 days' or i.id % 10 = 0 then 'OPEN'
                when i.id % 10 in (1, 2) then 'FAILED' else 'AGREED' end as status) ds
where i.station_id = (select station_id from volume_district where rank = {station})
    and i.created_by = 'vol.loader' and i.status = 'REFERRED_TO_MEDIATION';

-- step enterprises
-- the liaison register: 48 enterprises for each incident a day of the station (about 70,000 in a district of
-- 15), kinds skewed to companies and individual businesses; the first 5 % of each station's register are high
-- risk and the next 20 % medium; they are also the ones visited most (below). Registered over the years: 85 %
-- before the generated period, 15 % within it
insert into enterprises (station_id, kind, name, credit_code, industry, address, legal_rep_name, legal_rep_phone,
    key_person_name, key_person_phone, headcount, tax_tier, moved_in_on, risk_level, liaison_officer_id,
    contact_every_days, visit_every_days, next_due_on, created_on)
select d.station_id, k.kind, '基准' || d.code || '企业' || n,
    '91V' || lpad(d.station_id::text, 3, '0') || lpad(n::text, 12, '0'),
    (array['批发零售','餐饮','物流快递','建筑施工','制造','信息技术','娱乐场所','商务服务'])[1 + floor(random() * 8)::int],
    '基准路' || (1 + floor(random() * 300)::int) || '号', '法人' || n, '136' || lpad((n % 100000000)::text, 8, '0'),
    '联络人' || n, '135' || lpad((n % 100000000)::text, 8, '0'), 1 + floor(power(random(), 3) * 500)::int,
    (array['A','B','B','C','C','C'])[1 + floor(random() * 6)::int], cr.on_day,
    case when n <= d.rate * 48 / 20 then 'HIGH' when n <= d.rate * 48 / 4 then 'MEDIUM' else 'LOW' end,
    d.officers[1 + (n % array_length(d.officers, 1))], cad.contact_days, cad.visit_days,
    cr.on_day + least(cad.contact_days, cad.visit_days), cr.on_day
from volume_district d
cross join generate_series(1, d.rate * 48) n
cross join lateral (
    select (array['COMPANY','COMPANY','COMPANY','COMPANY','INDIVIDUAL_BUSINESS','INDIVIDUAL_BUSINESS',
                  'INDIVIDUAL_BUSINESS','MARKET_STALL','COURIER_OUTLET','CONSTRUCTION_UNIT','BAR_VENUE',
                  'VESSEL_OPERATOR'])[1 + floor(random() * 12)::int] as kind
    from (select n * 0) x) k
join liaison_kind_cadences cad on cad.kind = k.kind
cross join lateral (
    select case when r < 0.85 then current_date - 365 * {years} - floor(random() * 1500)::int
                else current_date - floor(random() * 365 * {years})::int end as on_day
    from (select random() + n * 0 as r) rr) cr
where d.rank = {station};
-- about 2.9 visits or contacts per enterprise and year (1 million in 15 stations × 5 years), most to the first
-- (hot, high-risk) enterprises of the register: the first 1 % take a tenth. Contacts a little more often than
-- visits; working days and hours (a weekend day moves to the Friday before in four cases of five), more in the
-- recent years than the early ones; 4 % find a hazard with a follow-up task
insert into liaison_visits (station_id, enterprise_id, officer_id, mode, visited_on, purposes, people_met, findings,
    hazard, follow_up_task, follow_up_due, follow_up_done, recorded_at)
select e.station_id, e.id, coalesce(e.liaison_officer_id, d.officers[1]), v.mode, v.on_day, v.purposes, '联络人' || g,
    case when v.hazard then '发现隐患' else '经营正常' end,
    case when v.hazard then '消防通道堵塞' else '' end, case when v.hazard then '督促整改' else '' end,
    case when v.hazard then v.on_day + 7 end, v.hazard and v.on_day < current_date - 14,
    (v.on_day + make_time(v.hour, floor(random() * 60)::int, 0)) at time zone 'Asia/Shanghai'
from volume_district d
cross join generate_series(1, d.rate * 48 * {years} * 20 / 7) g
cross join lateral (select 1 + floor(power(random(), 2) * d.rate * 48)::int + g * 0 as n) pick
join enterprises e on e.station_id = d.station_id
    and e.credit_code = '91V' || lpad(d.station_id::text, 3, '0') || lpad(pick.n::text, 12, '0')
cross join lateral (
    select case when r < 0.45 then 'VISIT' else 'CONTACT' end as mode,
           case when extract(isodow from day) = 6 and w < 0.8 then day - 1
                when extract(isodow from day) = 7 and w < 0.8 then day - 2 else day end as on_day,
           (array['ROUTINE','ROUTINE','ROUTINE','ROUTINE','ROUTINE,ANTI_FRAUD_PUBLICITY','POLICY_BRIEFING',
                  'SECURITY_INSPECTION','ANTI_FRAUD_PUBLICITY','SELF_CHECK_GUIDANCE','NEWCOMER_REGISTRATION',
                  'POLICY_BRIEFING,SECURITY_INSPECTION','FAST_CHANNEL_FOLLOW_UP'])[1 + floor(random() * 12)::int] as purposes,
           (array[9, 9, 10, 10, 10, 11, 11, 14, 14, 15, 15, 16, 16, 17])[1 + floor(random() * 14)::int] as hour,
           random() < 0.04 as hazard
    from (select r, w, current_date - floor(power(random(), 1.3)
                     * (current_date - greatest(e.created_on, current_date - 365 * {years})))::int as day
          from (select random() + g * 0 as r, random() + g * 0 as w) rw) dd) v
where d.rank = {station};
-- each generated enterprise's last visit and contact, and when it is due next (Cadence.nextDue)
update enterprises e set last_visit_on = v.last_visit, last_contact_on = v.last_contact,
    next_due_on = least(coalesce(v.last_visit, e.created_on) + e.visit_every_days,
                        coalesce(greatest(v.last_visit, v.last_contact), e.created_on) + e.contact_every_days)
from (select enterprise_id, max(visited_on) filter (where mode = 'VISIT') as last_visit,
             max(visited_on) filter (where mode = 'CONTACT') as last_contact
      from liaison_visits
      where station_id = (select station_id from volume_district where rank = {station})
      group by enterprise_id) v
where e.id = v.enterprise_id and e.credit_code like '91V%';

-- step patrol plans, shifts and check-ins
insert into patrol_units (station_id, name, kind, member_count, status, status_since)
select station_id, '基准巡逻组', 'FOOT_PATROL', 2, 'AVAILABLE', now() from volume_district where rank = {station};
insert into patrol_checkpoints (station_id, name, place, latitude, longitude)
select d.station_id, '基准必到点' || p, '基准路' || p || '号', 31.1 + p * 0.002, 121.4 + d.rank * 0.01
from volume_district d, generate_series(1, 4) p
where d.rank = {station};
insert into patrol_plans (station_id, name, kind, unit_id, days, valid_from)
select d.station_id, '基准巡逻线', 'ROUTE', u.id, 127, current_date - 365 * {years}
from volume_district d join patrol_units u on u.station_id = d.station_id and u.name = '基准巡逻组'
where d.rank = {station};
insert into patrol_plan_windows (plan_id, ordinal, starts_at, ends_at, expected_passes)
select p.id, w - 1, make_time(4 + 4 * w, 0, 0), make_time(7 + 4 * w, 0, 0), 1
from patrol_plans p, generate_series(1, 3) w
where p.name = '基准巡逻线' and p.station_id = (select station_id from volume_district where rank = {station});
insert into patrol_plan_checkpoints (plan_id, ordinal, checkpoint_id)
select p.id, row_number() over (partition by p.id order by c.id) - 1, c.id
from patrol_plans p join patrol_checkpoints c on c.station_id = p.station_id and c.name like '基准必到点%'
where p.name = '基准巡逻线' and p.station_id = (select station_id from volume_district where rank = {station});
-- three passes a day (one per window), one in twenty missed; ordinals count from 0 (@OrderColumn)
insert into patrol_shifts (station_id, plan_id, unit_id, started_by, started_at, ended_at, participants)
select p.station_id, p.id, p.unit_id, 'vol.loader', day + make_interval(hours => 4 + 4 * w, mins => 10),
    day + make_interval(hours => 5 + 4 * w, mins => 10), '基准民警'
from patrol_plans p
cross join generate_series(current_date - 365 * {years}, current_date - 1, interval '1 day') day
cross join generate_series(1, 3) w
where p.name = '基准巡逻线' and p.station_id = (select station_id from volume_district where rank = {station})
    and random() >= 0.05;
insert into patrol_check_ins (shift_id, ordinal, checkpoint_id, at, latitude, longitude, distance_metres, far)
select s.id, pc.ordinal, pc.checkpoint_id, s.started_at + make_interval(mins => 10 + 10 * pc.ordinal), c.latitude,
    c.longitude, 12, false
from patrol_shifts s
join patrol_plan_checkpoints pc on pc.plan_id = s.plan_id
join patrol_checkpoints c on c.id = pc.checkpoint_id
where s.started_by = 'vol.loader' and s.station_id = (select station_id from volume_district where rank = {station});

-- step service stations and appointments
insert into service_stations (station_id, name, kind, address, latitude, longitude, round_the_clock, opened_on)
select station_id, '基准警务室', 'POLICE_ROOM', '基准路1号', 31.1, 121.4 + rank * 0.01, true,
    current_date - 365 * {years}
from volume_district where rank = {station};
-- eight appointments a day at each station's police room
insert into appointments (station_id, service_station_id, officer_id, slot_start, service, resident_name,
    resident_phone, reference, query_code, status, outcome, created_at, handled_at, handled_by)
select d.station_id, ss.id, d.officers[1 + (k % array_length(d.officers, 1))],
    day + make_interval(hours => 9 + k / 2, mins => 30 * (k % 2)),
    (array['CERTIFICATE','REGISTRATION','CONSULTATION','COMPLAINT','LOST_PROPERTY'])[1 + k % 5],
    '居民' || k, '137' || lpad((k + extract(doy from day)::int * 10)::text, 8, '0'),
    'VA' || d.station_id || '-' || to_char(day, 'YYYYMMDD') || '-' || k, 'VQ' || k, a.status,
    case when a.status in ('COMPLETED', 'HANDLED') then '已办结' else '' end, day - interval '2 days',
    case when a.status in ('COMPLETED', 'HANDLED') then day + make_interval(hours => 10 + k / 2) end,
    case when a.status in ('COMPLETED', 'HANDLED') then 'vol.loader' else '' end
from volume_district d
join service_stations ss on ss.station_id = d.station_id and ss.name = '基准警务室'
cross join generate_series(current_date - 365 * {years}, current_date + 7, interval '1 day') day
cross join generate_series(0, 7) k
cross join lateral (
    select case when day >= current_date then 'BOOKED'
                when r < 0.7 then 'COMPLETED' when r < 0.8 then 'HANDLED' when r < 0.9 then 'NO_SHOW'
                else 'CANCELLED' end as status
    from (select random() + k * 0 as r) rr) a
where d.rank = {station};

-- step analyze
analyze;
