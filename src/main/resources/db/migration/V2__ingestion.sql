-- Ingestion: where sources disagree about an event, both readings are kept for a curator.

CREATE TABLE event_conflict (
    event_id     BIGINT         NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    list_index   INTEGER        NOT NULL,
    slot         VARCHAR(64)    NOT NULL,
    stored_value VARCHAR(1000)  NOT NULL,
    reported     VARCHAR(1000)  NOT NULL,
    document_id  VARCHAR(200)   NOT NULL REFERENCES document (id),
    start_offset INTEGER        NOT NULL,
    end_offset   INTEGER        NOT NULL,
    quote        VARCHAR(20000) NOT NULL,
    PRIMARY KEY (event_id, list_index)
);
