-- What several app nodes on one database share: sessions (Spring Session JDBC, its schema for PostgreSQL), so
-- every node serves the same signed-in user; the public pages' rate-limit buckets (Bucket4j); the submission keys
-- that make every form safe against double submission; and the enterprise import jobs with their progress.

create table spring_session (
	primary_id char(36) not null,
	session_id char(36) not null,
	creation_time bigint not null,
	last_access_time bigint not null,
	max_inactive_interval int not null,
	expiry_time bigint not null,
	principal_name varchar(100),
	constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
	session_primary_id char(36) not null,
	attribute_name varchar(200) not null,
	attribute_bytes bytea not null,
	constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
	constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);

-- Bucket4j's select-for-update proxy: one row per limited key ("tracking:<address>", "booking:<address>")
create table rate_limit_buckets (
	id varchar(200) primary key,
	state bytea,
	expires_at bigint
);

create index rate_limit_buckets_expires_at_idx on rate_limit_buckets (expires_at);

-- A form's submission key is taken once: a second submission of the same rendered form (a double click, a
-- resend after a timeout) finds the key taken and is sent where the first one went.
create table form_submissions (
	submission_key uuid primary key,
	officer_username varchar(100) not null,
	submitted_at timestamptz not null default now(),
	outcome_location varchar(2000)
);

create index form_submissions_submitted_at_idx on form_submissions (submitted_at);

-- Enterprise import jobs between preview and import: the uploaded file and the progress, seen by every node.
create table liaison_import_jobs (
	id uuid primary key,
	username text not null,
	station_id bigint references stations (id),
	filename text not null,
	content bytea not null,
	status text not null default 'PREVIEW' check (status in ('PREVIEW', 'RUNNING', 'DONE', 'FAILED')),
	total integer not null default 0 check (total >= 0),
	done integer not null default 0 check (done >= 0),
	imported integer not null default 0 check (imported >= 0),
	error_code text not null default '',
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);

create index liaison_import_jobs_created_at_idx on liaison_import_jobs (created_at);
