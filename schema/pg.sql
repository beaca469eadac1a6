-- openvpn-db-log schema for PostgreSQL, for loading by hand:
--   psql -d vpn -f schema/pg.sql
-- `openvpn-db-log migrate` creates the same tables and records the migrations it applied.
CREATE TABLE instance (
	id bigserial PRIMARY KEY,
	name varchar(64) NOT NULL DEFAULT '',
	port integer NOT NULL DEFAULT 0,
	protocol varchar(10) NOT NULL DEFAULT '',
	CONSTRAINT unique_instance UNIQUE (name, port, protocol)
);

CREATE TABLE session (
	id bigserial PRIMARY KEY,
	instance_id bigint NOT NULL,
	connect_time bigint NOT NULL,
	src_ip inet NOT NULL,
	src_port integer NOT NULL,
	cn varchar(64) NOT NULL,
	vpn_ip4 inet,
	vpn_ip6 inet,
	disconnect_time bigint,
	duration integer,
	bytes_in bigint,
	bytes_out bigint,
	end_reason varchar(16),
	CONSTRAINT unique_session UNIQUE (instance_id, connect_time, src_ip, src_port, cn)
);

-- for the history commands (sessions, stats, prune): see migrations/003-history-indexes.ts
CREATE INDEX session_cn_connect_time ON session (cn, connect_time);
CREATE INDEX session_connect_time ON session (connect_time);
CREATE INDEX session_disconnect_time ON session (disconnect_time, connect_time);
