-- Whether an appeal is linked to another (either way), so that reading it looks for its links only
-- when it has some: most appeals have none, and a lookup is the most frequent read.
alter table appeal add column has_links boolean default false not null;
