import Store

/// Vessels 1 (global version 4): vessel clearance — the ship register, calls with their FAL documents and lines,
/// amendments, the port clearance certificate and its per-database verification secret. The
/// agencies' decisions are lanes (the lanes area), keyed by the call id.
enum VesselSchema {
    static let migration = Migration(legacyVersion: 4, name: "vessels", sql: """
    -- The ship register: particulars as last declared, for look-up by IMO number.
    CREATE TABLE vessel_ship (
        imo              TEXT PRIMARY KEY,          -- 7 digits, check digit verified
        name             TEXT NOT NULL,
        call_sign        TEXT NOT NULL DEFAULT '',
        flag             TEXT NOT NULL DEFAULT '',  -- ISO 3166 alpha-3
        ship_type        TEXT NOT NULL DEFAULT '',
        gross_tonnage    TEXT NOT NULL DEFAULT '0', -- exact decimal text
        net_tonnage      TEXT NOT NULL DEFAULT '0',
        mmsi             TEXT NOT NULL DEFAULT '',
        port_of_registry TEXT NOT NULL DEFAULT '',
        updated_at       TEXT NOT NULL,
        version          INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX vessel_ship_name ON vessel_ship(name, imo);

    -- One declaration of arrival or departure. The ship and voyage particulars of FAL 1 and the
    -- small documents (stores, crew's effects, health) are JSON; the long lists have their own
    -- tables. `expected_at` is the ETA of an arrival, the ETD of a departure: the list's sort key.
    CREATE TABLE vessel_call (
        id               TEXT PRIMARY KEY,
        imo              TEXT NOT NULL REFERENCES vessel_ship(imo),
        ship_name        TEXT NOT NULL,
        direction        TEXT NOT NULL CHECK (direction IN ('arrival', 'departure')),
        voyage           TEXT NOT NULL,
        port             TEXT NOT NULL,
        expected_at      TEXT NOT NULL DEFAULT '',
        state            TEXT NOT NULL DEFAULT 'draft',
        agent_enterprise TEXT NOT NULL DEFAULT '',
        agent_operator   TEXT NOT NULL,
        arrival_call_id  TEXT REFERENCES vessel_call(id),
        ship_json        TEXT NOT NULL,
        voyage_json      TEXT NOT NULL,
        stores_json      TEXT NOT NULL DEFAULT '[]',
        crew_effects_json TEXT NOT NULL DEFAULT '[]',
        health_json      TEXT NOT NULL DEFAULT '',
        amendment_no     INTEGER NOT NULL DEFAULT 0,
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL,
        submitted_at     TEXT,
        cleared_at       TEXT,
        version          INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX vessel_call_state ON vessel_call(state, expected_at, id);
    CREATE INDEX vessel_call_expected ON vessel_call(expected_at, id);
    CREATE INDEX vessel_call_agent ON vessel_call(agent_enterprise, expected_at, id);
    CREATE INDEX vessel_call_voyage ON vessel_call(imo, voyage, direction);
    CREATE INDEX vessel_call_arrival ON vessel_call(arrival_call_id);

    -- FAL 5.
    CREATE TABLE vessel_crew (
        call_id          TEXT NOT NULL REFERENCES vessel_call(id),
        seq              INTEGER NOT NULL,
        family_name      TEXT NOT NULL,
        given_names      TEXT NOT NULL DEFAULT '',
        rank             TEXT NOT NULL DEFAULT '',
        nationality      TEXT NOT NULL DEFAULT '',
        date_of_birth    TEXT NOT NULL,
        place_of_birth   TEXT NOT NULL DEFAULT '',
        document_type    TEXT NOT NULL,
        document_number  TEXT NOT NULL,
        document_expiry  TEXT NOT NULL,
        carried_over     INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (call_id, seq)
    ) WITHOUT ROWID;
    CREATE INDEX vessel_crew_document ON vessel_crew(document_number);

    -- FAL 6.
    CREATE TABLE vessel_passenger (
        call_id          TEXT NOT NULL REFERENCES vessel_call(id),
        seq              INTEGER NOT NULL,
        family_name      TEXT NOT NULL,
        given_names      TEXT NOT NULL DEFAULT '',
        nationality      TEXT NOT NULL DEFAULT '',
        date_of_birth    TEXT NOT NULL,
        place_of_birth   TEXT NOT NULL DEFAULT '',
        document_type    TEXT NOT NULL,
        document_number  TEXT NOT NULL,
        document_expiry  TEXT,
        port_of_embarkation    TEXT NOT NULL DEFAULT '',
        port_of_disembarkation TEXT NOT NULL DEFAULT '',
        transit          INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (call_id, seq)
    ) WITHOUT ROWID;

    -- FAL 2: the shared manifest (舱单). Declarations look their bill of lading up here.
    CREATE TABLE vessel_manifest_line (
        call_id          TEXT NOT NULL REFERENCES vessel_call(id),
        seq              INTEGER NOT NULL,
        bl_number        TEXT NOT NULL,
        marks            TEXT NOT NULL DEFAULT '',
        packages         INTEGER NOT NULL DEFAULT 0,
        package_kind     TEXT NOT NULL DEFAULT '',
        description      TEXT NOT NULL DEFAULT '',
        hs_code          TEXT NOT NULL DEFAULT '',
        gross_mass_kg    TEXT NOT NULL DEFAULT '0',
        containers       TEXT NOT NULL DEFAULT '',   -- space-separated ISO 6346 numbers
        port_of_loading  TEXT NOT NULL DEFAULT '',
        port_of_discharge TEXT NOT NULL DEFAULT '',
        remains_on_board INTEGER NOT NULL DEFAULT 0,
        carried_over     INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (call_id, seq)
    ) WITHOUT ROWID;
    CREATE INDEX vessel_manifest_bl ON vessel_manifest_line(bl_number COLLATE NOCASE, call_id);

    -- FAL 7.
    CREATE TABLE vessel_dangerous_goods (
        call_id          TEXT NOT NULL REFERENCES vessel_call(id),
        seq              INTEGER NOT NULL,
        reference        TEXT NOT NULL DEFAULT '',
        marks            TEXT NOT NULL DEFAULT '',
        un_number        TEXT NOT NULL,
        proper_shipping_name TEXT NOT NULL,
        hazard_class     TEXT NOT NULL,
        packing_group    TEXT NOT NULL DEFAULT '',
        subsidiary_risks TEXT NOT NULL DEFAULT '',   -- space-separated classes
        flashpoint_c     TEXT,                       -- exact decimal text, NULL when not given
        marine_pollutant INTEGER NOT NULL DEFAULT 0,
        ems              TEXT NOT NULL DEFAULT '',
        stowage          TEXT NOT NULL DEFAULT '',
        packages         INTEGER NOT NULL DEFAULT 0,
        package_kind     TEXT NOT NULL DEFAULT '',
        gross_mass_kg    TEXT NOT NULL DEFAULT '0',
        net_mass_kg      TEXT,
        PRIMARY KEY (call_id, seq)
    ) WITHOUT ROWID;

    -- Each amendment after submission: which parts changed, which lanes it reset, why, and the
    -- changed parts as they were before (the earlier version stays readable).
    CREATE TABLE vessel_amendment (
        id               INTEGER PRIMARY KEY,
        call_id          TEXT NOT NULL REFERENCES vessel_call(id),
        number           INTEGER NOT NULL,
        reason           TEXT NOT NULL,
        parts            TEXT NOT NULL,       -- space-separated DeclarationPart values
        reset_agencies   TEXT NOT NULL,       -- space-separated agencies
        previous         TEXT NOT NULL,       -- JSON of the changed parts before the amendment
        at               TEXT NOT NULL,
        operator_id      TEXT NOT NULL,
        UNIQUE (call_id, number)
    );

    -- The port clearance (出口岸许可证) of a departure: number, facts as issued, verification code.
    CREATE TABLE port_clearance (
        number           TEXT PRIMARY KEY,
        call_id          TEXT NOT NULL UNIQUE REFERENCES vessel_call(id),
        issued_at        TEXT NOT NULL,
        issued_by        TEXT NOT NULL,
        verification_code TEXT NOT NULL UNIQUE,
        facts            TEXT NOT NULL,       -- canonical JSON the code was computed over
        print_count      INTEGER NOT NULL DEFAULT 0,
        last_printed_at  TEXT,
        last_printed_by  TEXT,
        version          INTEGER NOT NULL DEFAULT 1
    );

    -- Serial counters: call ids per port and year, clearance numbers per port and year.
    CREATE TABLE vessel_serial (
        scope            TEXT PRIMARY KEY,
        last             INTEGER NOT NULL
    ) WITHOUT ROWID;
    """)
}
