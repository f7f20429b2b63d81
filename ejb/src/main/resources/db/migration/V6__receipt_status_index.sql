-- The intake backlog (receipts still QUEUED) is counted by operators and monitors.
create index receipt_status on receipt (status);
