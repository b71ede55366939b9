import Store

/// Review 6: the enterprise's one credit class, now recomputed from its credit records
/// (enforcement), reaches the review side two ways. The queue row's copy is index data: a
/// trigger keeps it when the class changes, so an officer filtering on a class sees today's.
/// A stored routing is history: each assessment keeps the class it was routed with, so a
/// declaration routed yellow stays explained after the trader's class moves on.
enum ReviewCreditClassSchema {
    static let migration = Migration(name: "review credit class", sql: """
    ALTER TABLE risk_assessment ADD COLUMN credit_class TEXT NOT NULL DEFAULT '';
    CREATE TRIGGER review_queue_credit_class AFTER UPDATE OF credit_class ON enterprise
    WHEN NEW.credit_class IS NOT OLD.credit_class
    BEGIN
        UPDATE review_queue SET credit_class = NEW.credit_class WHERE trader_id = NEW.id;
    END;
    """)
}
