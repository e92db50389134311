-- Why a person made a change (an operator setting a subscription in sync gives a reason); null for workflow steps.
alter table subscription_event add column reason varchar(1000);
