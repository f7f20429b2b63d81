-- An official's worklist (GET /appeals/mine) is read in due order: an officer's own appeals by
-- assignee, a head's by body. (V28 is PostgreSQL's alone, in db/postgresql.)
create index appeal_worklist_assignee on appeal (assignee_id, due_at);
create index appeal_worklist_body on appeal (body_code, due_at);
