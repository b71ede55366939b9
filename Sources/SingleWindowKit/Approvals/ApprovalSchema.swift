import Store

/// The approval area's tables. A stage's review runs on `lane` (case kind `approval_stage`,
/// case id "PROJECT/STAGE"); these hold what lanes do not: the catalogue, the calendar, the
/// projects and their stages, the joint meetings, lateness, warnings and the decisions.
enum ApprovalSchema {
    static let migration = Migration(name: "approvals", sql: """
        CREATE TABLE approval_material (
            code TEXT PRIMARY KEY, seq INTEGER NOT NULL, name_zh TEXT NOT NULL, name_en TEXT NOT NULL
        );
        CREATE TABLE approval_item (
            code TEXT PRIMARY KEY, seq INTEGER NOT NULL, stage INTEGER NOT NULL CHECK (stage BETWEEN 1 AND 4),
            name_zh TEXT NOT NULL, name_en TEXT NOT NULL, departments TEXT NOT NULL,
            days INTEGER NOT NULL CHECK (days > 0), materials TEXT NOT NULL,
            applies TEXT NOT NULL CHECK (applies IN ('always','if_needed')),
            public_interest INTEGER NOT NULL, next_stage_needs INTEGER NOT NULL, fields TEXT NOT NULL DEFAULT ''
        );
        -- The data items the stage forms ask for, each typed once however many items need it.
        CREATE TABLE approval_field (
            id TEXT PRIMARY KEY, seq INTEGER NOT NULL, name_zh TEXT NOT NULL, name_en TEXT NOT NULL,
            kind TEXT NOT NULL, max_length INTEGER NOT NULL
        );
        CREATE TABLE approval_calendar_year (
            year INTEGER PRIMARY KEY, source TEXT NOT NULL, loaded_at TEXT NOT NULL, loaded_by TEXT NOT NULL
        );
        CREATE TABLE approval_calendar_day (
            day TEXT PRIMARY KEY, year INTEGER NOT NULL REFERENCES approval_calendar_year(year) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('holiday','workday'))
        );
        CREATE TABLE approval_project (
            id TEXT PRIMARY KEY, investor_id TEXT NOT NULL, investor_name TEXT NOT NULL, name TEXT NOT NULL,
            site TEXT NOT NULL, district TEXT NOT NULL, industry TEXT NOT NULL, investment TEXT NOT NULL,
            currency TEXT NOT NULL, land TEXT NOT NULL CHECK (land IN ('allocated','market')), contact TEXT NOT NULL,
            created_at TEXT NOT NULL, created_by TEXT NOT NULL
        );
        CREATE TABLE approval_stage (
            project_id TEXT NOT NULL REFERENCES approval_project(id), stage INTEGER NOT NULL,
            state TEXT NOT NULL, items TEXT NOT NULL DEFAULT '', materials TEXT NOT NULL DEFAULT '',
            missing TEXT NOT NULL DEFAULT '', form TEXT NOT NULL DEFAULT '{}', applied_at TEXT, accepted_day TEXT, decided_day TEXT,
            version INTEGER NOT NULL DEFAULT 1, updated_at TEXT NOT NULL,
            PRIMARY KEY (project_id, stage)
        );
        CREATE INDEX approval_stage_state ON approval_stage(state, project_id, stage);
        CREATE TABLE approval_meeting (
            case_id TEXT PRIMARY KEY, at TEXT NOT NULL, absent TEXT NOT NULL DEFAULT '',
            attended TEXT NOT NULL DEFAULT '', closed_at TEXT
        );
        -- One row per missed due date (a lane moved by its deadline): the efficiency count.
        CREATE TABLE approval_late (
            id INTEGER PRIMARY KEY, department TEXT NOT NULL, case_id TEXT NOT NULL, due TEXT NOT NULL,
            month TEXT NOT NULL, quarter TEXT NOT NULL, at TEXT NOT NULL, UNIQUE (department, case_id)
        );
        CREATE INDEX approval_late_month ON approval_late(department, month);
        CREATE INDEX approval_late_quarter ON approval_late(department, quarter);
        CREATE TABLE approval_warning (
            id INTEGER PRIMARY KEY, department TEXT NOT NULL, period TEXT NOT NULL, cases TEXT NOT NULL,
            at TEXT NOT NULL, UNIQUE (department, period)
        );
        CREATE TABLE approval_decision (
            number TEXT PRIMARY KEY, case_id TEXT NOT NULL, issued_at TEXT NOT NULL, issued_by TEXT NOT NULL,
            verification_code TEXT NOT NULL UNIQUE, facts TEXT NOT NULL, print_count INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX approval_decision_case ON approval_decision(case_id);
        -- A department's queue, soonest deadline first, paged by keyset on (deadline, id).
        CREATE INDEX approval_lane_queue ON lane(agency, coalesce(deadline, '9999'), id)
            WHERE case_kind = 'approval_stage' AND state IN ('pending','supplements','escalated');
        -- Lateness is recorded by the move itself, whichever face ran the tick: a lane the
        -- deadline pass moved (deemed or escalated) was late in the month and quarter of its
        -- due date. Absence from a meeting (deem_absent) is not lateness.
        CREATE TRIGGER approval_late_on_timeout AFTER INSERT ON lane_event
        WHEN NEW.action IN ('deem_timeout', 'escalate_timeout')
        BEGIN
            INSERT OR IGNORE INTO approval_late(department, case_id, due, month, quarter, at)
            SELECT agency, case_id, json_extract(detail, '$.due'), substr(json_extract(detail, '$.due'), 1, 7),
                   substr(json_extract(detail, '$.due'), 1, 4) || '-Q' ||
                   ((CAST(substr(json_extract(detail, '$.due'), 6, 2) AS INTEGER) + 2) / 3), NEW.at
            FROM lane WHERE id = NEW.lane_id AND case_kind = 'approval_stage';
        END;
        -- 3 in a month or 5 in a quarter: one warning for that period, listing the late cases
        -- that raised it (checked first whether the period has its warning, so a busy month
        -- does not re-count its late cases on every insert).
        CREATE TRIGGER approval_warning_on_late AFTER INSERT ON approval_late
        BEGIN
            INSERT OR IGNORE INTO approval_warning(department, period, cases, at)
            SELECT NEW.department, NEW.month,
                   (SELECT group_concat(case_id, ' ') FROM approval_late WHERE department = NEW.department AND month = NEW.month), NEW.at
            WHERE NOT EXISTS (SELECT 1 FROM approval_warning WHERE department = NEW.department AND period = NEW.month)
              AND (SELECT count(*) FROM approval_late WHERE department = NEW.department AND month = NEW.month) >= 3;
            INSERT OR IGNORE INTO approval_warning(department, period, cases, at)
            SELECT NEW.department, NEW.quarter,
                   (SELECT group_concat(case_id, ' ') FROM approval_late WHERE department = NEW.department AND quarter = NEW.quarter), NEW.at
            WHERE NOT EXISTS (SELECT 1 FROM approval_warning WHERE department = NEW.department AND period = NEW.quarter)
              AND (SELECT count(*) FROM approval_late WHERE department = NEW.department AND quarter = NEW.quarter) >= 5;
        END;
        """)
}
