-- NetBox ids of what create_circuit allocates, stored in the step's own transaction so that terminate and validate
-- find each object by id (and confirm its subscription marker) instead of searching. Rows from before keep nulls:
-- their objects are found by the marker alone.
alter table circuit_block add column circuit_prefix_id bigint;
alter table circuit_block add column link_prefix_id bigint;
alter table circuit_endpoint add column address_id bigint;
