-- HandledRequestRetention deletes answers by age every hour; without an index each run reads the whole table.
create index handled_request_handled_at on handled_request (handled_at);
