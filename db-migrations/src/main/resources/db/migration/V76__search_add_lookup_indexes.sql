-- The navbar search looks records up by what people quote: receipt number, query code,
-- a reporter's phone and a case number (file numbers of disputes are already unique).
create index incidents_receipt_number_idx on incidents (receipt_number);
create index incidents_query_code_idx on incidents (query_code);
create index incidents_reporter_phone_idx on incidents (reporter_phone, received_at desc);
create index cases_case_number_idx on cases (case_number);
