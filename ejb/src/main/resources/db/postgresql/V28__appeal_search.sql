-- A dispatcher's search by words of the summary or the applicant's name: PostgreSQL's full-text
-- search with the 'simple' configuration (words lower-cased, nothing stemmed, so Kyrgyz, Russian
-- and Kazakh are served alike), over an index of exactly the expression the search uses
-- (Appeals.list). H2 has no such index and scans.
create index appeal_search on appeal using gin (
    to_tsvector('simple', coalesce(applicant_full_name, '') || ' ' || coalesce(summary, '')));
