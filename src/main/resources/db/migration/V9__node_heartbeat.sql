-- one row per running node (per incarnation of its job executor): other nodes take over the jobs of a node whose
-- row has not been touched for orchestrator.cluster.node-dead-after (NodeHeartbeat)
create table node_heartbeat (
    lock_owner varchar(255) not null primary key,
    host       varchar(255) not null,
    started_at timestamp    not null,
    last_seen  timestamp    not null
);
