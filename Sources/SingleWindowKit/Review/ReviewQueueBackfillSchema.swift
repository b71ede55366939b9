import Store

/// Review 5 (global version 9): the queue rows migration 5 never made. Migration 5 keeps `review_queue` by
/// triggers on lane writes, so declaration lanes that existed before it (a database upgraded from
/// version 3 or 4) had no queue row and stayed out of every officer's queue until they next
/// moved. This copies them in with the same columns the insert trigger writes; lanes that have a
/// row already are left alone, so it is a no-op on any database made at version 5 or later.
enum ReviewQueueBackfillSchema {
    static let migration = Migration(legacyVersion: 9, name: "review-queue-backfill", sql: """
    INSERT INTO review_queue(lane_id, declaration_id, agency, state, bucket, claimed_by, sort_at, lane_version,
                             channel, credit_class, trader_id, trader_name, hs_chapter, number, bill_no, submitted_at)
    SELECT l.id, d.id, l.agency, l.state,
           CASE WHEN l.state IN ('received','under_review','inspected','duties_paid') THEN 'action'
                WHEN l.state IN ('released','rejected','withdrawn') THEN 'done' ELSE 'waiting' END,
           l.claimed_by, l.updated_at, l.version,
           coalesce(json_extract(l.detail, '$.channel'), json_extract(l.detail, '$.release_mode'), ''),
           coalesce((SELECT e.credit_class FROM enterprise e WHERE e.id = d.trader_id), ''),
           d.trader_id, d.trader_name,
           coalesce((SELECT substr(g.hs_code, 1, 2) FROM declaration_goods g WHERE g.declaration_id = d.id
                     ORDER BY g.line_no LIMIT 1), ''),
           d.number, d.bill_no, d.submitted_at
    FROM lane l JOIN declaration d ON d.id = CAST(l.case_id AS INTEGER)
    WHERE l.case_kind = 'declaration'
      AND NOT EXISTS (SELECT 1 FROM review_queue q WHERE q.lane_id = l.id);
    """)
}
