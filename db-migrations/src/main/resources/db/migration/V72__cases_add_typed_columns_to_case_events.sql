-- The case timeline gets typed columns instead of codes packed into the detail text
-- ("ACCEPTED->FILED", "张某:AT_LARGE->DETAINED", "FILING:FACTS_UNCLEAR:comment", ...).
-- Existing rows are backfilled from that text, and their detail keeps only the free text
-- (a name, a description, a comment, a note, the case number). The append-only trigger is
-- lifted for this one backfill and restored at once.
alter table case_events
    add column stage_from      text,
    add column stage_to        text,
    add column decision        text,
    add column reason_code     text,
    add column pause_reason    text check (pause_reason in ('APPRAISAL', 'HEARING', 'MEDIATION')),
    add column status_from     text,
    add column status_to       text,
    add column particular_kind text check (particular_kind in ('VICTIM', 'SEIZED_ITEM', 'ASSISTANCE_REQUEST')),
    add column reference       text,
    add column day             date,
    add column amount          numeric(14, 2),
    add column changed_fields  text[] not null default '{}',
    add column imported        boolean not null default false;

alter table case_events disable trigger case_events_no_change;

-- STAGE_CHANGED: "FROM->TO", "FROM->TO (import)", "FROM->CLOSED:mediation REF"
update case_events
   set stage_from   = split_part(detail, '->', 1),
       stage_to     = substring(split_part(detail, '->', 2) from '^[A-Z_]+'),
       imported     = detail like '% (import)',
       pause_reason = case when split_part(detail, '->', 2) like '%:mediation%' then 'MEDIATION' end,
       reference    = case when split_part(detail, '->', 2) like '%:mediation%'
                           then nullif(trim(substring(detail from ':mediation(.*)$')), '') end,
       detail       = ''
 where type = 'STAGE_CHANGED' and detail like '%->%';

-- DECISION_SUBMITTED / DECISION_APPROVED: "DECISION"
update case_events
   set decision = detail, detail = ''
 where type in ('DECISION_SUBMITTED', 'DECISION_APPROVED') and detail ~ '^[A-Z_]+$';

-- DECISION_RETURNED: "DECISION:REASON:comment"
update case_events
   set decision    = split_part(detail, ':', 1),
       reason_code = split_part(detail, ':', 2),
       detail      = substring(detail from '^[A-Z_]+:[A-Z_]+:(.*)$')
 where type = 'DECISION_RETURNED' and detail ~ '^[A-Z_]+:[A-Z_]+:';

-- EXTENDED: the approval reference
update case_events
   set reference = detail, detail = ''
 where type = 'EXTENDED';

-- SUSPECT_ADDED: "name:STATUS"
update case_events
   set status_to = substring(detail from ':([A-Z_]+)$'),
       detail    = substring(detail from '^(.*):[A-Z_]+$')
 where type = 'SUSPECT_ADDED' and detail ~ ':[A-Z_]+$';

-- SUSPECT_STATUS: "name:FROM->TO"
update case_events
   set status_from = substring(detail from ':([A-Z_]+)->[A-Z_]+$'),
       status_to   = substring(detail from '->([A-Z_]+)$'),
       detail      = substring(detail from '^(.*):[A-Z_]+->[A-Z_]+$')
 where type = 'SUSPECT_STATUS' and detail ~ ':[A-Z_]+->[A-Z_]+$';

-- PARTICULAR_ADDED: "KIND:description"
update case_events
   set particular_kind = split_part(detail, ':', 1),
       detail          = substring(detail from '^[A-Z_]+:(.*)$')
 where type = 'PARTICULAR_ADDED' and detail ~ '^(VICTIM|SEIZED_ITEM|ASSISTANCE_REQUEST):';

-- CLOCK_PAUSED / CLOCK_RESUMED: "REASON:yyyy-mm-dd"
update case_events
   set pause_reason = split_part(detail, ':', 1),
       day          = split_part(detail, ':', 2)::date,
       detail       = ''
 where type in ('CLOCK_PAUSED', 'CLOCK_RESUMED')
   and detail ~ '^(APPRAISAL|HEARING|MEDIATION):\d{4}-\d{2}-\d{2}$';

-- MEDIATION_FAILED: "yyyy-mm-dd"
update case_events
   set day = detail::date, detail = ''
 where type = 'MEDIATION_FAILED' and detail ~ '^\d{4}-\d{2}-\d{2}$';

-- EDITED: "field,field"
update case_events
   set changed_fields = string_to_array(detail, ','), detail = ''
 where type = 'EDITED' and detail <> '';

alter table case_events enable trigger case_events_no_change;
