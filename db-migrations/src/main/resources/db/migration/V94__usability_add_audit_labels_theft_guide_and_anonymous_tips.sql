-- The audit log names a record by the number people use for it (receipt no., case no.,
-- dispute no., badge no.), not by its internal id; entries written before keep theirs,
-- filled here from the records they point at.
alter table audit_entries add column subject_label text;

update audit_entries a set subject_label = i.receipt_number
from incidents i where a.subject_type = 'incident' and a.subject_id = i.id::text;

update audit_entries a set subject_label = c.case_number
from case_suspects s join cases c on c.id = s.case_id
where a.subject_type = 'case-suspect' and a.subject_id = s.id::text;

update audit_entries a set subject_label = d.file_number
from disputes d where a.subject_type = 'dispute-parties' and a.subject_id = d.id::text;

update audit_entries a set subject_label = e.name
from enterprises e where a.subject_type = 'enterprise' and a.subject_id = e.id::text;

update audit_entries a set subject_label = o.badge_number
from officers o where a.subject_type = 'officer' and a.subject_id = o.id::text;

-- Theft (盗窃) gets a handling guide like the other common categories.
insert into handling_guides (category_code, title, note) values
('CRIMINAL.THEFT', '盗窃警情处置', '先保护现场、询问报警人被盗物品及价值、发现时间，开启执法记录仪；现场有嫌疑人的优先控制。');

insert into handling_guide_steps (guide_id, position, condition, action)
select g.id, s.position, s.condition, s.action
from handling_guides g
join (values
    ('CRIMINAL.THEFT', 0, '嫌疑人仍在现场或刚离开', '立即控制或组织周边警力追缉，通报指挥室'),
    ('CRIMINAL.THEFT', 1, '入室盗窃或现场有痕迹物证', '保护现场，通知刑侦技术人员勘查，调取周边监控'),
    ('CRIMINAL.THEFT', 2, '被盗财物价值达到立案标准', '制作报案笔录，按刑事案件受理，开具受案回执'),
    ('CRIMINAL.THEFT', 3, '价值较小，属治安案件', '按治安案件受理，登记被盗物品特征，调取监控'),
    ('CRIMINAL.THEFT', 4, '物品遗失而非被盗', '登记遗失信息，告知报警人挂失、补办途径')
) as s (code, position, condition, action) on s.code = g.category_code
where not exists (select 1 from handling_guide_steps x where x.guide_id = g.id);

-- Anonymous tips (匿名举报): name and phone may stay empty, the reason is kept, and pages
-- show "匿名" (程序规定 §63 keeps the reporter confidential).
alter table incidents add column anonymous boolean not null default false;
alter table incidents add column anonymity_reason text not null default '';
