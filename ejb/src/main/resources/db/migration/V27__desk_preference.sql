-- The language each account chose for its desk, kept on the server so that it follows the official
-- to any computer (the console's sign-in holds no account of its own: the name is the realm's or
-- the identity provider's).
create table desk_preference (
    username   varchar(200) primary key,
    language   varchar(5) not null,
    changed_at timestamp with time zone not null
);
