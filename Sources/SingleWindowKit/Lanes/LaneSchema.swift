import Store

/// Lanes 1 (global version 2): the one mechanism under all four panes — a case with lanes, each lane with its own
/// state, claim, deadline and history. Queues are queries over `lane`.
enum LaneSchema {
    static let migration = Migration(legacyVersion: 2, name: "lanes", sql: """
    CREATE TABLE lane (
        id          INTEGER PRIMARY KEY,
        case_kind   TEXT NOT NULL,
        case_id     TEXT NOT NULL,
        agency      TEXT NOT NULL,
        state       TEXT NOT NULL,
        claimed_by  TEXT,                 -- operator id while an officer works it
        deadline    TEXT,                 -- ISO timestamp, when the lane has one
        opened_at   TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        detail      TEXT NOT NULL DEFAULT '{}',  -- kind-specific facts (channel, release mode, …)
        version     INTEGER NOT NULL DEFAULT 1,
        UNIQUE (case_kind, case_id, agency)
    );
    -- "What needs action by my agency now", oldest first: the queue's keyset index.
    CREATE INDEX lane_queue ON lane(case_kind, agency, state, updated_at, id);
    CREATE INDEX lane_case ON lane(case_kind, case_id);

    CREATE TABLE lane_event (
        id          INTEGER PRIMARY KEY,
        lane_id     INTEGER NOT NULL REFERENCES lane(id),
        at          TEXT NOT NULL,
        operator_id TEXT NOT NULL,
        action      TEXT NOT NULL,
        from_state  TEXT NOT NULL,
        to_state    TEXT NOT NULL,
        message     TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX lane_event_lane ON lane_event(lane_id, id);
    """)
}
