-- One counter for the whole store, bumped in the same transaction as every write to documents,
-- entities and events. Every service instance polls it and renews its snapshot when it moved, so
-- replicas that share nothing but this database agree within one poll interval.
CREATE TABLE store_revision (
    id       INTEGER NOT NULL PRIMARY KEY,
    revision BIGINT  NOT NULL,
    CONSTRAINT store_revision_single_row CHECK (id = 1)
);

INSERT INTO store_revision (id, revision) VALUES (1, 0);
