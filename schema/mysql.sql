-- openvpn-db-log schema for MySQL/MariaDB, for loading by hand:
--   mysql vpn < schema/mysql.sql
-- `openvpn-db-log migrate` creates the same tables and records the migrations it applied.
CREATE TABLE instance (
	id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
	name varchar(64) NOT NULL DEFAULT '',
	port smallint unsigned NOT NULL DEFAULT 0,
	protocol varchar(10) NOT NULL DEFAULT '',
	CONSTRAINT unique_instance UNIQUE (name, port, protocol)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE session (
	id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
	instance_id bigint unsigned NOT NULL,
	connect_time bigint NOT NULL,
	src_ip varchar(39) NOT NULL,
	src_port smallint unsigned NOT NULL,
	-- binary collation: common names compare exactly, as in SQLite and PostgreSQL
	cn varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	vpn_ip4 varchar(15),
	vpn_ip6 varchar(39),
	disconnect_time bigint,
	duration integer,
	bytes_in bigint unsigned,
	bytes_out bigint unsigned,
	end_reason varchar(16),
	country char(2), -- see migrations/006-session-country.ts
	CONSTRAINT unique_session UNIQUE (instance_id, connect_time, src_ip, src_port, cn)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- for the history commands (sessions, stats, prune): see migrations/003-history-indexes.ts
CREATE INDEX session_cn_connect_time ON session (cn, connect_time);
CREATE INDEX session_connect_time ON session (connect_time);
CREATE INDEX session_disconnect_time ON session (disconnect_time, connect_time);

-- precomputed totals for stats --by day|week|month: see migrations/004-stats-rollup.ts
CREATE TABLE stats_rollup (
	kind varchar(8) NOT NULL,
	period_start bigint NOT NULL,
	period_end bigint NOT NULL,
	sessions bigint NOT NULL,
	users bigint NOT NULL,
	duration bigint NOT NULL,
	bytes_in_high bigint NOT NULL,
	bytes_in_low bigint NOT NULL,
	bytes_out_high bigint NOT NULL,
	bytes_out_low bigint NOT NULL,
	peak bigint NOT NULL,
	CONSTRAINT stats_rollup_pkey PRIMARY KEY (kind, period_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE stats_rollup_open (
	session_id bigint NOT NULL PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE stats_rollup_state (
	id integer NOT NULL PRIMARY KEY,
	horizon bigint,
	stale_from bigint,
	stale_marks bigint NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO stats_rollup_state (id, horizon, stale_from, stale_marks) VALUES (1, NULL, NULL, 0);

-- login outcomes read from the server log (ecs --store): see migrations/007-auth-event.ts
CREATE TABLE auth_event (
	id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
	instance_id bigint unsigned NOT NULL,
	event_time bigint NOT NULL,
	outcome varchar(7) NOT NULL,
	reason varchar(255),
	cn varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
	user_name varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
	src_ip varchar(45),
	src_port integer,
	line_key varchar(64) NOT NULL,
	CONSTRAINT auth_event_line_key UNIQUE (line_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX auth_event_time ON auth_event (event_time);
CREATE INDEX auth_event_src_ip ON auth_event (src_ip, event_time);
