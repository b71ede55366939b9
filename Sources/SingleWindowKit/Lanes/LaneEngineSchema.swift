/// Lanes area, step 2: what the one lane engine needs beyond step 1's `lane` and `lane_event`.
/// - `agency`: the register of agencies and departments, as data (loaded from
///   `sample-data/reference/agencies.csv`), so a new department is a row, not a code change.
/// - `lane.assigned_to`: a lane handed to a named operator (an approval bureau assigns a
///   department's reviewer; a joint-inspection team is drawn) — different from a claim, which
///   the officer takes for themselves.
/// - `lane_deadline`: a partial index over lanes that have a deadline, so `LaneEngine.tick`
///   finds the passed ones without scanning every lane.
enum LaneEngineSchema {
    static let migration = Migration(name: "lane-engine", sql: """
    CREATE TABLE agency (
        code     TEXT PRIMARY KEY,
        name_zh  TEXT NOT NULL,
        name_en  TEXT NOT NULL,
        kind     TEXT NOT NULL CHECK (kind IN ('border_agency', 'approval_department', 'enforcement_agency'))
    );
    ALTER TABLE lane ADD COLUMN assigned_to TEXT;
    CREATE INDEX lane_deadline ON lane(deadline, id) WHERE deadline IS NOT NULL;
    """)
}
