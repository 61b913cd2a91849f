-- Race-free numbering: one locked counter row per station and series (a number's prefix,
-- e.g. 'X2026-' for criminal cases of 2026 or 'ML-RT-2026-' for people's mediation files).
-- Allocation is one upsert ... returning; concurrent registrations queue on the row lock.
create table number_series (
    station_id  bigint not null references stations (id),
    series      text   not null,
    last_value  bigint not null,
    primary key (station_id, series)
);

-- Counters continue after the numbers already given out.
insert into number_series (station_id, series, last_value)
select station_id, substring(case_number from '^(.*-)[0-9]+$'), max(substring(case_number from '-([0-9]+)$')::bigint)
  from cases
 where case_number ~ '-[0-9]+$'
 group by 1, 2;

insert into number_series (station_id, series, last_value)
select station_id, substring(file_number from '^(.*-)[0-9]+$'), max(substring(file_number from '-([0-9]+)$')::bigint)
  from disputes
 where file_number ~ '-[0-9]+$'
 group by 1, 2;
