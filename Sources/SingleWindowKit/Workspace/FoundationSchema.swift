import Store

/// Foundation 1 (global version 1): what every pane stands on — settings, operators, enterprises, reference tables, audit.
enum FoundationSchema {
    static let migration = Migration(legacyVersion: 1, name: "foundation", sql: """
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;

    -- Everyone who acts. Authority is checked in the domain against role and agency.
    CREATE TABLE operator (
        id            TEXT PRIMARY KEY,
        name          TEXT NOT NULL,
        name_en       TEXT NOT NULL DEFAULT '',
        role          TEXT NOT NULL,
        agency        TEXT NOT NULL DEFAULT '',
        enterprise_id TEXT REFERENCES enterprise(id),
        os_user       TEXT UNIQUE,
        id_number     TEXT NOT NULL DEFAULT '',
        active        INTEGER NOT NULL DEFAULT 1,
        version       INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX operator_role ON operator(role, id);

    -- Traders, brokers, shipping agents, project owners, inspected enterprises: one register.
    CREATE TABLE enterprise (
        id            TEXT PRIMARY KEY,           -- unified social credit code (GB 32100-2015)
        name          TEXT NOT NULL,
        name_en       TEXT NOT NULL DEFAULT '',
        kind          TEXT NOT NULL,              -- trader, broker, shipping_agent, other
        customs_code  TEXT NOT NULL DEFAULT '',   -- 10-character customs registration code
        ciq_code      TEXT NOT NULL DEFAULT '',   -- 10-digit inspection registration code
        district      TEXT NOT NULL DEFAULT '',   -- customs district (关区) or administrative district
        industry      TEXT NOT NULL DEFAULT '',   -- GB/T 4754 division
        legal_rep     TEXT NOT NULL DEFAULT '',
        address       TEXT NOT NULL DEFAULT '',
        credit_class  TEXT NOT NULL DEFAULT 'good',
        version       INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX enterprise_name ON enterprise(name, id);
    CREATE INDEX enterprise_kind ON enterprise(kind, id);

    -- All flat code tables in one place (country, currency, port, unit, ...): one look-up path
    -- for the form, the importer and the validators. `extra` carries table-specific columns as JSON.
    CREATE TABLE code_entry (
        code_table TEXT NOT NULL,
        code       TEXT NOT NULL,
        name_zh    TEXT NOT NULL DEFAULT '',
        name_en    TEXT NOT NULL DEFAULT '',
        extra      TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (code_table, code)
    ) WITHOUT ROWID;
    CREATE INDEX code_entry_zh ON code_entry(code_table, name_zh);
    CREATE INDEX code_entry_en ON code_entry(code_table, name_en COLLATE NOCASE);

    -- Where each table came from, so a trainer can tell real data from invented data.
    CREATE TABLE code_table (
        code_table TEXT PRIMARY KEY,
        name_zh    TEXT NOT NULL DEFAULT '',
        name_en    TEXT NOT NULL DEFAULT '',
        source     TEXT NOT NULL DEFAULT '',
        as_of      TEXT NOT NULL DEFAULT '',
        row_count  INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID;

    -- HS commodity codes: 10-digit tariff code plus 3-digit inspection code, with legal units
    -- and the legal-inspection (法检) flag.
    CREATE TABLE hs_code (
        code             TEXT NOT NULL,            -- 10 digits
        ciq_code         TEXT NOT NULL DEFAULT '', -- 3 digits, '' when none
        name_zh          TEXT NOT NULL,
        name_en          TEXT NOT NULL DEFAULT '',
        unit1            TEXT NOT NULL,            -- first legal unit (code_entry 'unit')
        unit2            TEXT NOT NULL DEFAULT '', -- second legal unit, '' when none
        legal_inspection INTEGER NOT NULL DEFAULT 0,
        supervision_conditions TEXT NOT NULL DEFAULT '',
        inspection_category    TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (code, ciq_code)
    ) WITHOUT ROWID;
    CREATE INDEX hs_code_name ON hs_code(name_zh);

    -- Append-only, hash-chained: each entry's hash covers its content and the previous hash.
    CREATE TABLE audit_entry (
        seq         INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        operator_id TEXT NOT NULL,
        action      TEXT NOT NULL,
        entity      TEXT NOT NULL,
        entity_id   TEXT NOT NULL,
        before      TEXT NOT NULL DEFAULT '',
        after       TEXT NOT NULL DEFAULT '',
        prev_hash   TEXT NOT NULL,
        hash        TEXT NOT NULL
    );
    CREATE INDEX audit_entity ON audit_entry(entity, entity_id, seq);
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_entry
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_entry
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    """)
}
