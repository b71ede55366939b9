import Store

/// Enforcement 2: every enterprise's administrative district stored beside its register value,
/// so a draw scoped to a district reads one index range instead of deriving it row by row over
/// 100,000 enterprises. Filled for the enterprises already registered, then kept by triggers on
/// every registration, import and edit (whatever path writes the register).
enum AdministrativeDistrictSchema {
    static let migration = Migration(name: "enterprise administrative district", sql: """
    ALTER TABLE enterprise ADD COLUMN admin_district TEXT NOT NULL DEFAULT '';
    UPDATE enterprise SET admin_district = \(AdministrativeDivision.sql(registered: "district", uscc: "id"));
    -- A draw's candidates in registration-number order within one district; F4 counts per district.
    CREATE INDEX enterprise_admin_district ON enterprise(admin_district, id);
    CREATE TRIGGER enterprise_admin_district_insert AFTER INSERT ON enterprise BEGIN
        UPDATE enterprise SET admin_district = \(AdministrativeDivision.sql(registered: "NEW.district", uscc: "NEW.id"))
        WHERE id = NEW.id;
    END;
    CREATE TRIGGER enterprise_admin_district_update AFTER UPDATE OF id, district ON enterprise BEGIN
        UPDATE enterprise SET admin_district = \(AdministrativeDivision.sql(registered: "NEW.district", uscc: "NEW.id"))
        WHERE id = NEW.id;
    END;
    """)
}
