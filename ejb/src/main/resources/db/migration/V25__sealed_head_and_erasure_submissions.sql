-- The access log's head is sealed by its own HMAC over (position, hash) under the office's key, so
-- that rewinding it to an earlier entry, after deleting the newest ones, no longer verifies. A head
-- sealed before this column existed gets its seal at the next sealing (AccessLog).
alter table access_log_seal add column head_seal varchar(64);

-- An erasure also counts the applicant's submissions that never became an appeal.
alter table erasure add column submissions_without_appeal integer default 0 not null;
