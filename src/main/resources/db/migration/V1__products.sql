create table product (
    id           uuid         not null primary key,
    name         varchar(100) not null,
    product_type varchar(50)  not null,
    description  varchar(255) not null,
    tag          varchar(50)  not null,
    constraint uk_product_name unique (name)
);

-- "value" is a reserved word in H2, hence input_value
create table product_fixed_input (
    product_id  uuid         not null references product (id),
    name        varchar(100) not null,
    input_value varchar(255) not null,
    primary key (product_id, name)
);

insert into product (id, name, product_type, description, tag) values
    ('6f1d3c2a-8b4e-4a51-9d3f-0c5e7a1b2001', 'Node', 'Node', 'Router enrolled from NetBox', 'NODE'),
    ('6f1d3c2a-8b4e-4a51-9d3f-0c5e7a1b2002', 'Circuit 400G', 'Circuit', '400G circuit between two nodes', 'CIRCUIT'),
    ('6f1d3c2a-8b4e-4a51-9d3f-0c5e7a1b2003', 'Circuit 100G', 'Circuit', '100G circuit between two nodes', 'CIRCUIT');

insert into product_fixed_input (product_id, name, input_value) values
    ('6f1d3c2a-8b4e-4a51-9d3f-0c5e7a1b2002', 'speed', '400G'),
    ('6f1d3c2a-8b4e-4a51-9d3f-0c5e7a1b2003', 'speed', '100G');
