-- One table for what a live subscription holds, whatever its product: its key (kind, resource_key) keeps each
-- resource to one live subscription across all products; a subscription's claims are deleted when it is TERMINATED.
-- recorded_as is the audit field its taking and release are recorded under.
create table resource_claim (
    kind            varchar(30)  not null,
    resource_key    varchar(100) not null,
    subscription_id uuid         not null references subscription (id),
    recorded_as     varchar(255) not null,
    constraint pk_resource_claim primary key (kind, resource_key)
);
create index ix_resource_claim_subscription on resource_claim (subscription_id);

insert into resource_claim (kind, resource_key, subscription_id, recorded_as)
select 'device', cast(enrolled_device_id as varchar(100)), subscription_id, 'node.enrolled_device_id'
from node_block
where enrolled_device_id is not null;

insert into resource_claim (kind, resource_key, subscription_id, recorded_as)
select 'interface', cast(claimed_port_id as varchar(100)), subscription_id,
       'circuit.endpoint_' || lower(side) || '.claimed_port_id'
from circuit_endpoint
where claimed_port_id is not null;

alter table node_block drop constraint uk_node_block_enrolled_device;
alter table node_block drop column enrolled_device_id;
alter table circuit_endpoint drop constraint uk_circuit_endpoint_claimed_port;
alter table circuit_endpoint drop column claimed_port_id;

-- What a subscription depends on (a circuit on its two nodes): "cannot terminate while dependants live".
create table subscription_dependency (
    subscription_id uuid not null references subscription (id),
    depends_on_id   uuid not null references subscription (id),
    constraint pk_subscription_dependency primary key (subscription_id, depends_on_id)
);
create index ix_subscription_dependency_depends_on on subscription_dependency (depends_on_id);

insert into subscription_dependency (subscription_id, depends_on_id)
select distinct subscription_id, node_subscription_id
from circuit_endpoint
where node_subscription_id is not null;
