-- A repeated creating request gets the first answer's Location as well as its status and body.
alter table handled_request add column location varchar(2048);
