import Store

/// Declarations 1 (global version 3): the big-table declaration — one record, its goods lines, containers and documents,
/// its earlier revisions, templates, and the per-district number sequences.
enum DeclarationSchema {
    static let migration = Migration(legacyVersion: 3, name: "declarations", sql: """
    CREATE TABLE declaration (
        id           INTEGER PRIMARY KEY,
        number       TEXT UNIQUE,                 -- 18-digit customs number, set on submission
        direction    TEXT NOT NULL,               -- import | export
        scope        TEXT NOT NULL,               -- both | customs | inspection
        status       TEXT NOT NULL,               -- draft | submitted | returned
        trader_id    TEXT NOT NULL DEFAULT '',    -- domestic trader's USCC
        trader_name  TEXT NOT NULL DEFAULT '',
        trader_code  TEXT NOT NULL DEFAULT '',    -- 10-character customs code
        broker_id    TEXT NOT NULL DEFAULT '',    -- broker enterprise that submits
        holder       TEXT NOT NULL,               -- trader | broker: who edits the draft now
        trader_ref   TEXT,                        -- the trader's own (ERP) reference
        bill_no      TEXT NOT NULL DEFAULT '',
        contract_no  TEXT NOT NULL DEFAULT '',
        header       TEXT NOT NULL DEFAULT '{}',  -- header items as typed, keyed by catalogue key
        revision     INTEGER NOT NULL DEFAULT 1,
        created_by   TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        submitted_at TEXT,
        version      INTEGER NOT NULL DEFAULT 1
    );
    -- Re-importing an ERP file finds the same declaration by the trader's own reference.
    CREATE UNIQUE INDEX declaration_trader_ref ON declaration(trader_id, trader_ref) WHERE trader_ref IS NOT NULL;
    -- Keyset lists, newest first: a broker's or a trader's declarations, all or by status.
    CREATE INDEX declaration_broker_list ON declaration(broker_id, updated_at, id);
    CREATE INDEX declaration_broker_status ON declaration(broker_id, status, updated_at, id);
    CREATE INDEX declaration_trader_list ON declaration(trader_id, updated_at, id);
    CREATE INDEX declaration_trader_status ON declaration(trader_id, status, updated_at, id);
    CREATE INDEX declaration_status ON declaration(status, updated_at, id);
    -- Searches.
    CREATE INDEX declaration_bill ON declaration(bill_no);
    CREATE INDEX declaration_contract ON declaration(contract_no);
    CREATE INDEX declaration_trader_name ON declaration(trader_name);
    CREATE INDEX declaration_trader_code ON declaration(trader_code);

    CREATE TABLE declaration_goods (
        declaration_id INTEGER NOT NULL REFERENCES declaration(id) ON DELETE CASCADE,
        line_no        INTEGER NOT NULL,          -- 项号, from 1
        hs_code        TEXT NOT NULL DEFAULT '',
        goods_name     TEXT NOT NULL DEFAULT '',
        fields         TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (declaration_id, line_no)
    ) WITHOUT ROWID;
    CREATE INDEX declaration_goods_hs ON declaration_goods(hs_code);

    CREATE TABLE declaration_container (
        declaration_id INTEGER NOT NULL REFERENCES declaration(id) ON DELETE CASCADE,
        seq            INTEGER NOT NULL,
        container_no   TEXT NOT NULL DEFAULT '',
        fields         TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (declaration_id, seq)
    ) WITHOUT ROWID;
    CREATE INDEX declaration_container_no ON declaration_container(container_no);

    CREATE TABLE declaration_document (
        declaration_id INTEGER NOT NULL REFERENCES declaration(id) ON DELETE CASCADE,
        seq            INTEGER NOT NULL,
        fields         TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (declaration_id, seq)
    ) WITHOUT ROWID;

    -- Each submitted revision as it was sent, kept when an amendment reopens the declaration.
    CREATE TABLE declaration_revision (
        declaration_id INTEGER NOT NULL REFERENCES declaration(id),
        revision       INTEGER NOT NULL,
        saved_at       TEXT NOT NULL,
        operator_id    TEXT NOT NULL,
        reason         TEXT NOT NULL DEFAULT '',
        snapshot       TEXT NOT NULL,             -- the whole declaration as JSON
        PRIMARY KEY (declaration_id, revision)
    ) WITHOUT ROWID;

    CREATE TABLE declaration_template (
        id            INTEGER PRIMARY KEY,
        owner_id      TEXT NOT NULL,              -- the enterprise whose operators may use it
        name          TEXT NOT NULL,
        direction     TEXT NOT NULL,
        scope         TEXT NOT NULL,
        snapshot      TEXT NOT NULL,
        created_by    TEXT NOT NULL,
        created_at    TEXT NOT NULL,
        version       INTEGER NOT NULL DEFAULT 1,
        UNIQUE (owner_id, name)
    );

    -- Gapless serials per customs district, year and I/E flag; advanced in the submitting
    -- transaction, so a failed submission gives its number back.
    CREATE TABLE declaration_number_sequence (
        district  TEXT NOT NULL,
        year      TEXT NOT NULL,
        ie_digit  TEXT NOT NULL,
        last      INTEGER NOT NULL,
        PRIMARY KEY (district, year, ie_digit)
    ) WITHOUT ROWID;
    """)
}
