import Store

/// Enforcement 1: credit records and the class history they cause; the inspection catalogue and
/// its industry mapping; the conflicts register; double-random draws with their stored candidate
/// lists; one joint table per drawn enterprise, its team, its lines and its published results.
enum EnforcementSchema {
    static let migration = Migration(name: "enforcement", sql: """
    CREATE TABLE credit_record (
        id             INTEGER PRIMARY KEY,
        enterprise_id  TEXT NOT NULL REFERENCES enterprise(id),
        kind           TEXT NOT NULL,             -- CreditRecord.Kind
        penalty        TEXT NOT NULL DEFAULT '',  -- CreditRecord.Penalty, for kind penalty
        amount_fen     INTEGER NOT NULL DEFAULT 0,
        performance    TEXT NOT NULL DEFAULT '',  -- good | bad, for kind performance
        occurred_on    TEXT NOT NULL,
        removed_on     TEXT NOT NULL DEFAULT '',  -- abnormal list: removed on this day
        removal_reason TEXT NOT NULL DEFAULT '',
        agency         TEXT NOT NULL DEFAULT '',
        legal_basis    TEXT NOT NULL DEFAULT '',
        case_number    TEXT NOT NULL UNIQUE,      -- idempotent import key
        reason         TEXT NOT NULL DEFAULT '',
        source         TEXT NOT NULL DEFAULT '',  -- entered | a file name | joint table feedback
        recorded_at    TEXT NOT NULL,
        recorded_by    TEXT NOT NULL
    );
    -- The class summary reads one enterprise's records through this index.
    CREATE INDEX credit_record_enterprise ON credit_record(enterprise_id, kind, penalty);

    -- Every change of an enterprise's class: from, to, when, the rule that placed it, the record that caused it.
    CREATE TABLE credit_class_change (
        id            INTEGER PRIMARY KEY,
        enterprise_id TEXT NOT NULL REFERENCES enterprise(id),
        from_class    TEXT NOT NULL,
        to_class      TEXT NOT NULL,
        rule          TEXT NOT NULL,
        cause         TEXT NOT NULL,              -- added | removed | delisted | reclassified
        case_number   TEXT NOT NULL DEFAULT '',
        changed_at    TEXT NOT NULL,
        changed_by    TEXT NOT NULL
    );
    CREATE INDEX credit_class_change_enterprise ON credit_class_change(enterprise_id, id);
    -- The class board pages each class by keyset: (class, name, id).
    CREATE INDEX enterprise_credit_board ON enterprise(credit_class, name, id);

    -- The inspection catalogue: agency → item → sub-item.
    CREATE TABLE inspection_item (
        agency     TEXT NOT NULL,
        item_code  TEXT NOT NULL,
        item_zh    TEXT NOT NULL,
        item_en    TEXT NOT NULL DEFAULT '',
        sub_code   TEXT NOT NULL,
        sub_zh     TEXT NOT NULL,
        sub_en     TEXT NOT NULL DEFAULT '',
        basis      TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (agency, item_code, sub_code)
    ) WITHOUT ROWID;
    -- Items apply to GB/T 4754 codes at any level ('*' = every enterprise); a class-level code inherits its group's, division's and section's.
    CREATE TABLE inspection_mapping (
        industry   TEXT NOT NULL,
        agency     TEXT NOT NULL,
        item_code  TEXT NOT NULL,
        PRIMARY KEY (industry, agency, item_code)
    ) WITHOUT ROWID;

    -- The conflicts register: an officer who may not inspect an enterprise, and why.
    CREATE TABLE officer_conflict (
        officer_id    TEXT NOT NULL REFERENCES operator(id),
        enterprise_id TEXT NOT NULL REFERENCES enterprise(id),
        reason        TEXT NOT NULL,
        recorded_at   TEXT NOT NULL,
        recorded_by   TEXT NOT NULL,
        PRIMARY KEY (officer_id, enterprise_id)
    ) WITHOUT ROWID;

    CREATE TABLE draw (
        id             INTEGER PRIMARY KEY,
        year           INTEGER NOT NULL,
        district       TEXT NOT NULL DEFAULT '',
        industry       TEXT NOT NULL DEFAULT '',  -- a section letter or a division
        entity_kind    TEXT NOT NULL DEFAULT '',
        ratio_bp       INTEGER NOT NULL,          -- of the good candidates, rounded up
        focus_bp       INTEGER NOT NULL,          -- of the focus targets, 10000 = all of them
        seed           INTEGER NOT NULL,
        state          TEXT NOT NULL,             -- drawn | published | superseded
        reason         TEXT NOT NULL DEFAULT '',  -- why a published scope and year was drawn again
        candidates     INTEGER NOT NULL,
        drawn          INTEGER NOT NULL,
        created_at     TEXT NOT NULL,
        created_by     TEXT NOT NULL,
        published_at   TEXT NOT NULL DEFAULT '',
        published_by   TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX draw_scope ON draw(year, district, industry, entity_kind, state);
    -- The candidate list in registration-number order, with each one's class at the draw: what a replay starts from.
    CREATE TABLE draw_candidate (
        draw_id       INTEGER NOT NULL REFERENCES draw(id),
        seq           INTEGER NOT NULL,
        enterprise_id TEXT NOT NULL,
        credit_class  TEXT NOT NULL,
        focus         INTEGER NOT NULL,           -- in the focus pool (class other than good)
        pool_seq      INTEGER NOT NULL,           -- position within its pool, in registration-number order
        PRIMARY KEY (draw_id, seq)
    ) WITHOUT ROWID;
    CREATE UNIQUE INDEX draw_candidate_pool ON draw_candidate(draw_id, focus, pool_seq);
    -- Replay compares the stored list with the register, enterprise by enterprise.
    CREATE UNIQUE INDEX draw_candidate_enterprise ON draw_candidate(draw_id, enterprise_id);

    -- One enterprise, one table.
    CREATE TABLE joint_table (
        id              INTEGER PRIMARY KEY,
        draw_id         INTEGER NOT NULL REFERENCES draw(id),
        enterprise_id   TEXT NOT NULL REFERENCES enterprise(id),
        pick            INTEGER NOT NULL,         -- order drawn
        focus           INTEGER NOT NULL,         -- drawn as a focus target
        inspection_date TEXT NOT NULL DEFAULT '',
        UNIQUE (draw_id, enterprise_id)
    );
    CREATE INDEX joint_table_enterprise ON joint_table(enterprise_id, id);
    -- The drawn officer of each agency on a table, and the signature.
    CREATE TABLE joint_team (
        table_id     INTEGER NOT NULL REFERENCES joint_table(id),
        agency       TEXT NOT NULL,
        officer_id   TEXT NOT NULL DEFAULT '',    -- '' when no officer could be drawn
        officer_name TEXT NOT NULL DEFAULT '',
        certificate  TEXT NOT NULL DEFAULT '',
        outcome      TEXT NOT NULL DEFAULT '',    -- refused | unreachable when the lines could not be checked
        signed_at    TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (table_id, agency)
    ) WITHOUT ROWID;
    CREATE INDEX joint_team_officer ON joint_team(officer_id, table_id);
    CREATE TABLE joint_line (
        table_id   INTEGER NOT NULL REFERENCES joint_table(id),
        seq        INTEGER NOT NULL,
        agency     TEXT NOT NULL,
        item_code  TEXT NOT NULL,
        sub_code   TEXT NOT NULL,
        result     TEXT NOT NULL DEFAULT '',      -- compliant | needs_correction | violation | not_applicable
        remark     TEXT NOT NULL DEFAULT '',
        filled_at  TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (table_id, seq)
    ) WITHOUT ROWID;
    -- Published results: each agency's part of a table, once signed, and what it did to the class.
    CREATE TABLE joint_result (
        id            INTEGER PRIMARY KEY,
        table_id      INTEGER NOT NULL REFERENCES joint_table(id),
        agency        TEXT NOT NULL,
        enterprise_id TEXT NOT NULL,
        outcome       TEXT NOT NULL,              -- FeedbackOutcome
        case_number   TEXT NOT NULL DEFAULT '',   -- the credit record it filed, if any
        class_after   TEXT NOT NULL,
        published_at  TEXT NOT NULL,
        UNIQUE (table_id, agency)
    );
    """)
}
