import Store

/// Vessels 2: the officers' queue of vessel-call lanes, as a table kept by triggers on `lane`
/// (the declarations' `review_queue` pattern): one row per `vessel_call` lane with what a queue
/// page filters on, so a page is one seek on `vessel_queue_bucket` plus `limit` rows, paged by
/// `LaneQueue`. `bucket` is `action` for the states an officer decides on (pending, held). The
/// lanes opened before this step are copied in by the same step.
enum VesselQueueSchema {
    static let migration = Migration(name: "vessel queue", sql: """
    CREATE TABLE vessel_queue (
        lane_id      INTEGER PRIMARY KEY REFERENCES lane(id),
        call_id      TEXT NOT NULL,
        agency       TEXT NOT NULL,
        state        TEXT NOT NULL,
        bucket       TEXT NOT NULL,          -- action (pending, held) | other
        claimed_by   TEXT,
        sort_at      TEXT NOT NULL,          -- the lane's updated_at: waiting since
        lane_version INTEGER NOT NULL
    );
    -- The officer's view pins (agency, bucket) and pages by (sort_at, lane_id).
    CREATE INDEX vessel_queue_bucket ON vessel_queue(agency, bucket, sort_at, lane_id);
    CREATE INDEX vessel_queue_call ON vessel_queue(call_id);

    CREATE TRIGGER vessel_queue_lane_insert AFTER INSERT ON lane WHEN NEW.case_kind = 'vessel_call'
    BEGIN
        INSERT INTO vessel_queue(lane_id, call_id, agency, state, bucket, claimed_by, sort_at, lane_version)
        VALUES (NEW.id, NEW.case_id, NEW.agency, NEW.state,
                CASE WHEN NEW.state IN ('pending', 'held') THEN 'action' ELSE 'other' END,
                NEW.claimed_by, NEW.updated_at, NEW.version);
    END;

    CREATE TRIGGER vessel_queue_lane_update AFTER UPDATE ON lane WHEN NEW.case_kind = 'vessel_call'
    BEGIN
        UPDATE vessel_queue SET
            state = NEW.state,
            bucket = CASE WHEN NEW.state IN ('pending', 'held') THEN 'action' ELSE 'other' END,
            claimed_by = NEW.claimed_by, sort_at = NEW.updated_at, lane_version = NEW.version
        WHERE lane_id = NEW.id;
    END;

    INSERT INTO vessel_queue(lane_id, call_id, agency, state, bucket, claimed_by, sort_at, lane_version)
    SELECT l.id, l.case_id, l.agency, l.state,
           CASE WHEN l.state IN ('pending', 'held') THEN 'action' ELSE 'other' END,
           l.claimed_by, l.updated_at, l.version
    FROM lane l
    WHERE l.case_kind = 'vessel_call' AND NOT EXISTS (SELECT 1 FROM vessel_queue q WHERE q.lane_id = l.id);
    """)
}
