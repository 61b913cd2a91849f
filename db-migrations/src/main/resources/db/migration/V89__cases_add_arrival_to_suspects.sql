-- 询问查证 runs from the suspect's recorded arrival (到案) on the ground chosen (8, 12 or 24 hours);
-- 追究时效 (6 months) runs from the offence date (or the end of a continuing act) of the case.
alter table case_suspects add column arrived_at timestamptz;
alter table case_suspects add column questioning_ground varchar(32)
    check (questioning_ground in ('NORMAL', 'MANY_OR_UNIDENTIFIED', 'COMPLEX_DETENTION'));
alter table case_suspects add constraint case_suspects_arrival_with_ground
    check ((arrived_at is null) = (questioning_ground is null));
alter table cases add column offence_date date;
