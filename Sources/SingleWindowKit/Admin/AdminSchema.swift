import Store

/// Foundation 2: enterprises' qualifications and the names they had. Both hang off `enterprise`
/// (foundation 1), so they are foundation steps, not an area of their own.
enum AdminSchema {
    static let migration = Migration(name: "qualifications", sql: """
    -- One row per enterprise and kind of qualification (对外贸易经营者备案, 报关单位注册,
    -- 报检企业备案): renewing replaces the row; the audit keeps the old one.
    CREATE TABLE qualification (
        enterprise_id TEXT NOT NULL REFERENCES enterprise(id),
        kind          TEXT NOT NULL CHECK (kind IN ('foreign_trade_filing', 'customs_registration', 'inspection_filing')),
        number        TEXT NOT NULL,
        issuer        TEXT NOT NULL DEFAULT '',
        valid_from    TEXT NOT NULL,              -- YYYY-MM-DD, China date, inclusive
        valid_until   TEXT NOT NULL DEFAULT '',   -- YYYY-MM-DD inclusive; '' = open-ended
        version       INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (enterprise_id, kind)
    ) WITHOUT ROWID;

    -- An enterprise's earlier names, newest last: a renamed company is still found by the name
    -- on its old declarations.
    CREATE TABLE enterprise_name_history (
        enterprise_id TEXT NOT NULL REFERENCES enterprise(id),
        seq           INTEGER NOT NULL,
        name          TEXT NOT NULL,
        name_en       TEXT NOT NULL DEFAULT '',
        replaced_at   TEXT NOT NULL,              -- when it stopped being the name (timestamp)
        PRIMARY KEY (enterprise_id, seq)
    ) WITHOUT ROWID;
    """)
}
