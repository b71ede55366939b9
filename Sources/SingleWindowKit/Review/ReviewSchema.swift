import Store

/// Review 1 (global version 5): the officers' side of the big-table declaration — the review queue, risk rules and
/// their hits, duty rates, joint inspections with their appointment slots, and the one release.
///
/// Why a `review_queue` table next to `lane`: a queue page filters on facts that live in three
/// other tables (the channel in the lane's detail, the trader's credit class, the goods' HS
/// chapter, the declaration number). An index cannot span tables, and a page that has to join
/// and filter a million lanes before it can take the first twenty is not instant. So one row per
/// declaration lane carries those facts, kept by triggers on `lane`: whoever moves a lane (the
/// review actions, the declarations pane's return and resubmit, risk routing), the row follows
/// in the same transaction, and no code path can forget it. The lane stays the one mechanism;
/// the queue row is an index over it.
enum ReviewSchema {
    static let migration = Migration(legacyVersion: 5, name: "review", sql: """
    CREATE TABLE review_queue (
        lane_id        INTEGER PRIMARY KEY REFERENCES lane(id),
        declaration_id INTEGER NOT NULL,
        agency         TEXT NOT NULL,
        state          TEXT NOT NULL,
        bucket         TEXT NOT NULL,          -- action | waiting | done (see ReviewState.bucket)
        claimed_by     TEXT,
        sort_at        TEXT NOT NULL,          -- the lane's updated_at: waiting since
        lane_version   INTEGER NOT NULL,
        channel        TEXT NOT NULL DEFAULT '', -- customs: green|yellow|red; inspection: the release mode
        credit_class   TEXT NOT NULL DEFAULT '',
        trader_id      TEXT NOT NULL DEFAULT '',
        trader_name    TEXT NOT NULL DEFAULT '',
        hs_chapter     TEXT NOT NULL DEFAULT '',
        number         TEXT,
        bill_no        TEXT NOT NULL DEFAULT '',
        submitted_at   TEXT
    );
    -- Keyset indexes: each ends in (sort_at, lane_id), the page order, after the equality columns
    -- a view pins. The default view (agency, bucket), a state view, a channel view, a trader view.
    CREATE INDEX review_queue_bucket ON review_queue(agency, bucket, sort_at, lane_id);
    CREATE INDEX review_queue_state ON review_queue(agency, state, sort_at, lane_id);
    CREATE INDEX review_queue_channel ON review_queue(agency, channel, bucket, sort_at, lane_id);
    CREATE INDEX review_queue_trader ON review_queue(trader_id, agency, bucket, sort_at, lane_id);
    CREATE INDEX review_queue_declaration ON review_queue(declaration_id);

    CREATE TRIGGER review_queue_lane_insert AFTER INSERT ON lane WHEN NEW.case_kind = 'declaration'
    BEGIN
        INSERT INTO review_queue(lane_id, declaration_id, agency, state, bucket, claimed_by, sort_at, lane_version,
                                 channel, credit_class, trader_id, trader_name, hs_chapter, number, bill_no, submitted_at)
        SELECT NEW.id, d.id, NEW.agency, NEW.state,
               CASE WHEN NEW.state IN ('received','under_review','inspected','duties_paid') THEN 'action'
                    WHEN NEW.state IN ('released','rejected','withdrawn') THEN 'done' ELSE 'waiting' END,
               NEW.claimed_by, NEW.updated_at, NEW.version,
               coalesce(json_extract(NEW.detail, '$.channel'), json_extract(NEW.detail, '$.release_mode'), ''),
               coalesce((SELECT e.credit_class FROM enterprise e WHERE e.id = d.trader_id), ''),
               d.trader_id, d.trader_name,
               coalesce((SELECT substr(g.hs_code, 1, 2) FROM declaration_goods g WHERE g.declaration_id = d.id
                         ORDER BY g.line_no LIMIT 1), ''),
               d.number, d.bill_no, d.submitted_at
        FROM declaration d WHERE d.id = CAST(NEW.case_id AS INTEGER);
    END;

    CREATE TRIGGER review_queue_lane_update AFTER UPDATE ON lane WHEN NEW.case_kind = 'declaration'
    BEGIN
        UPDATE review_queue SET
            state = NEW.state,
            bucket = CASE WHEN NEW.state IN ('received','under_review','inspected','duties_paid') THEN 'action'
                          WHEN NEW.state IN ('released','rejected','withdrawn') THEN 'done' ELSE 'waiting' END,
            claimed_by = NEW.claimed_by, sort_at = NEW.updated_at, lane_version = NEW.version,
            channel = coalesce(json_extract(NEW.detail, '$.channel'), json_extract(NEW.detail, '$.release_mode'), ''),
            -- An amendment may change the B/L or the goods; the resubmission moves the lane, so refresh them here.
            bill_no = coalesce((SELECT d.bill_no FROM declaration d WHERE d.id = review_queue.declaration_id), bill_no),
            hs_chapter = coalesce((SELECT substr(g.hs_code, 1, 2) FROM declaration_goods g
                                   WHERE g.declaration_id = review_queue.declaration_id ORDER BY g.line_no LIMIT 1), hs_chapter)
        WHERE lane_id = NEW.id;
    END;

    -- Risk rules as data: every change is a new version with its reason, old versions stay so a
    -- stored hit always names the exact rule that made it. The current rule is the highest version.
    CREATE TABLE risk_rule (
        id             INTEGER PRIMARY KEY,
        rule_key       TEXT NOT NULL,
        version        INTEGER NOT NULL,
        agency         TEXT NOT NULL,           -- customs | inspection
        priority       INTEGER NOT NULL DEFAULT 0,
        credit_classes TEXT NOT NULL DEFAULT '', -- comma list; '' = any
        hs_prefixes    TEXT NOT NULL DEFAULT '', -- comma list of chapters/headings; '' = any
        origins        TEXT NOT NULL DEFAULT '', -- comma list of ISO alpha-3; '' = any
        scopes         TEXT NOT NULL DEFAULT '', -- comma list of both|customs|inspection; '' = any
        outcome        TEXT NOT NULL,           -- a Channel or a ReleaseMode
        select_bp      INTEGER NOT NULL DEFAULT 10000, -- chance (per 10,000) a match is selected: random floors
        sampling_bp    INTEGER NOT NULL DEFAULT 0,     -- sampling release: chance a declaration is sampled
        reason_en      TEXT NOT NULL,
        reason_zh      TEXT NOT NULL,
        active         INTEGER NOT NULL DEFAULT 1,
        changed_by     TEXT NOT NULL,
        changed_at     TEXT NOT NULL,
        change_note    TEXT NOT NULL DEFAULT '',
        UNIQUE (rule_key, version)
    );

    INSERT INTO risk_rule(rule_key, version, agency, priority, credit_classes, hs_prefixes, origins, scopes, outcome,
                          select_bp, sampling_bp, reason_en, reason_zh, changed_by, changed_at, change_note) VALUES
     ('C-DEFAULT', 1, 'customs', 0, '', '', '', '', 'green', 10000, 0,
      'No risk criterion hit: accepted on receipt, duty assessed from the rate table.', '未命中风险规则：接单即审结，按税率表计税。',
      'system', '2015-04-08T00:00:00.000Z', 'initial rule set'),
     ('C-CREDIT-DISHONEST', 1, 'customs', 50, 'dishonest,seriously_dishonest,C,D', '', '', '', 'red', 10000, 0,
      'Trader is dishonest or seriously dishonest (class C/D): physical inspection.', '企业为失信或严重失信（C/D类）：实施查验。',
      'system', '2015-04-08T00:00:00.000Z', 'initial rule set'),
     ('C-CREDIT-WARNING', 1, 'customs', 40, 'warning,B', '', '', '', 'yellow', 10000, 0,
      'Trader has a warning credit class (class B): documents checked.', '企业信用为警示（B类）：单证审核。',
      'system', '2015-04-08T00:00:00.000Z', 'initial rule set'),
     ('C-HS-0306-ORIGIN', 1, 'customs', 60, '', '0306', 'ECU,IND,VNM,THA', '', 'red', 10000, 0,
      'Frozen crustaceans from a high-risk origin: check species, glazing and net weight.', '高风险原产地冻甲壳类：核查品种、包冰及净重。',
      'system', '2015-04-08T00:00:00.000Z', 'initial rule set'),
     ('C-HS-33', 1, 'customs', 30, '', '33', '', '', 'yellow', 10000, 0,
      'Cosmetics: check the valuation documents.', '化妆品：审核价格单证。',
      'system', '2015-04-08T00:00:00.000Z', 'initial rule set'),
     ('C-RANDOM-RED', 1, 'customs', 10, '', '', '', '', 'red', 200, 0,
      'Random selection (2 %): every channel is sampled.', '随机布控（2%）：各通道均有抽查。',
      'system', '2015-04-08T00:00:00.000Z', 'initial rule set'),
     ('C-RANDOM-YELLOW', 1, 'customs', 10, '', '', '', '', 'yellow', 500, 0,
      'Random selection (5 %): documents checked.', '随机布控（5%）：单证审核。',
      'system', '2015-04-08T00:00:00.000Z', 'initial rule set'),
     ('I-DEFAULT', 1, 'inspection', 0, '', '', '', '', 'declaration_release', 10000, 0,
      'Low-risk goods: released on declaration.', '低风险货物：申报放行。',
      'system', '2015-04-08T00:00:00.000Z', 'initial rule set'),
     ('I-HS-ANIMAL', 1, 'inspection', 50, '', '01,02,03,04,05,16', '', '', 'sampling_release', 10000, 2000,
      'Animal products: sampling release, 20 % of declarations sampled for the laboratory.', '动物产品：抽样放行，抽取 20% 送实验室检测。',
      'system', '2015-04-08T00:00:00.000Z', 'initial rule set'),
     ('I-HS-0306-ORIGIN', 1, 'inspection', 70, '', '0306', 'ECU,IND,VNM,THA', '', 'sampling_release', 10000, 10000,
      'Frozen crustaceans from an origin under import alert: every lot sampled for the laboratory.', '预警原产地冻甲壳类：逐批抽样送实验室检测。',
      'system', '2015-04-08T00:00:00.000Z', 'initial rule set'),
     ('I-HS-COSMETICS', 1, 'inspection', 40, '', '33', '', '', 'verification_release', 10000, 0,
      'Cosmetics: verify the hygiene licence and labelling before release.', '化妆品：核验卫生许可及标签后放行。',
      'system', '2015-04-08T00:00:00.000Z', 'initial rule set'),
     ('I-HS-WINE', 1, 'inspection', 40, '', '2204,2208', '', '', 'supervision_release', 10000, 0,
      'Wine and spirits: released to the bonded store now; label check under supervision follows.', '酒类：先予放行，后续监管核查标签。',
      'system', '2015-04-08T00:00:00.000Z', 'initial rule set'),
     ('I-CREDIT-DISHONEST', 1, 'inspection', 90, 'dishonest,seriously_dishonest,C,D', '', '', '', 'sampling_release', 10000, 10000,
      'Trader is dishonest or seriously dishonest: every declaration sampled.', '企业失信或严重失信：逐批抽样。',
      'system', '2015-04-08T00:00:00.000Z', 'initial rule set');

    -- One assessment per lane and revision: the outcome, the seed its draws came from, and
    -- whether sampling selected it. Its hits name the rule versions.
    CREATE TABLE risk_assessment (
        id             INTEGER PRIMARY KEY,
        declaration_id INTEGER NOT NULL,
        revision       INTEGER NOT NULL,
        agency         TEXT NOT NULL,
        outcome        TEXT NOT NULL,
        seed           INTEGER NOT NULL,        -- the UInt64 seed, stored by bit pattern
        sampling_bp    INTEGER NOT NULL DEFAULT 0,
        sampled        INTEGER,                 -- null unless the outcome is sampling release
        sampling_draw  INTEGER,
        assessed_at    TEXT NOT NULL,
        UNIQUE (declaration_id, revision, agency)
    );
    CREATE TABLE risk_hit (
        assessment_id  INTEGER NOT NULL REFERENCES risk_assessment(id),
        seq            INTEGER NOT NULL,
        rule_id        INTEGER NOT NULL REFERENCES risk_rule(id),
        rule_key       TEXT NOT NULL,
        rule_version   INTEGER NOT NULL,
        outcome        TEXT NOT NULL,
        select_bp      INTEGER NOT NULL,
        draw           INTEGER,                 -- 0..9999 when the rule selects at random
        selected       INTEGER NOT NULL,
        decisive       INTEGER NOT NULL DEFAULT 0, -- this hit set the outcome (the reason shown)
        PRIMARY KEY (assessment_id, seq)
    ) WITHOUT ROWID;

    -- Duty rates by HS prefix (longest prefix wins; '' is the fallback), in basis points. Data, not code.
    CREATE TABLE duty_rate (
        hs_prefix TEXT PRIMARY KEY,
        rate_bp   INTEGER NOT NULL,
        note      TEXT NOT NULL DEFAULT ''
    );
    INSERT INTO duty_rate(hs_prefix, rate_bp, note) VALUES
        ('', 800, 'fallback'), ('03', 1000, 'fish and crustaceans'), ('0306', 500, 'crustaceans, MFN'),
        ('22', 1400, 'beverages'), ('2204', 1400, 'wine'), ('33', 650, 'cosmetics'), ('3304', 1000, 'beauty preparations'),
        ('84', 500, 'machinery'), ('8483', 800, 'transmission parts'), ('8482', 800, 'bearings');

    -- One inspection per declaration revision (三个一): both agencies' items, one place, one slot.
    CREATE TABLE joint_inspection (
        id             INTEGER PRIMARY KEY,
        declaration_id INTEGER NOT NULL,
        revision       INTEGER NOT NULL,
        place          TEXT NOT NULL,
        items          TEXT NOT NULL DEFAULT '[]', -- JSON [{agencies, text}]
        slot_id        INTEGER REFERENCES inspection_slot(id),
        booked_by      TEXT,
        booked_at      TEXT,
        created_at     TEXT NOT NULL,
        version        INTEGER NOT NULL DEFAULT 1,
        UNIQUE (declaration_id, revision)
    );
    CREATE TABLE joint_inspection_result (
        joint_id    INTEGER NOT NULL REFERENCES joint_inspection(id),
        agency      TEXT NOT NULL,
        result      TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (joint_id, agency)
    ) WITHOUT ROWID;

    -- Appointment slots offered per place and day (查验电子预约). The CHECK makes overbooking
    -- impossible even for a writer that forgets the guarded UPDATE.
    CREATE TABLE inspection_slot (
        id        INTEGER PRIMARY KEY,
        place     TEXT NOT NULL,
        day       TEXT NOT NULL,               -- YYYY-MM-DD
        start     TEXT NOT NULL,               -- HH:MM
        capacity  INTEGER NOT NULL CHECK (capacity >= 0),
        booked    INTEGER NOT NULL DEFAULT 0,
        CHECK (booked >= 0 AND booked <= capacity),
        UNIQUE (place, day, start)
    );

    -- The declaration's one release: written once, when its last lane releases.
    CREATE TABLE declaration_release (
        declaration_id INTEGER PRIMARY KEY REFERENCES declaration(id),
        revision       INTEGER NOT NULL,
        released_at    TEXT NOT NULL
    );

    -- Supervision release: released now, this follow-up is owed.
    CREATE TABLE supervision_task (
        id             INTEGER PRIMARY KEY,
        declaration_id INTEGER NOT NULL,
        revision       INTEGER NOT NULL,
        agency         TEXT NOT NULL,
        rule_key       TEXT NOT NULL,
        task           TEXT NOT NULL,
        due_at         TEXT NOT NULL,
        state          TEXT NOT NULL DEFAULT 'open',
        created_at     TEXT NOT NULL
    );
    CREATE INDEX supervision_task_open ON supervision_task(agency, state, due_at, id);
    """)
}
