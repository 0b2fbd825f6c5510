-- Written in the command's transaction (subscribing processor): one live supporter per professional register number.
create table register_number (
    register_number text primary key,
    supporter_id    text not null
);
