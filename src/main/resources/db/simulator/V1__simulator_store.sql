create table sim_object (
    kind varchar(40) not null,
    id   bigint      not null,
    body clob        not null,
    primary key (kind, id)
);

create table sim_sequence (
    kind    varchar(40) primary key,
    last_id bigint      not null
);
