import Store

/// Review 2 (global version 6): the officers' joint-inspection task list (查验电子预约), ordered by appointment.
///
/// A task's place in the list is its appointment (slot day and start) when booked, else its
/// creation, booked ones first. The slot lives in another table and an index cannot span tables,
/// so `task_sort` carries the order on the task itself: `b:YYYY-MM-DDTHH:MM` when booked,
/// `u:<created_at>` when not ('b' < 'u' puts every booked task first). `InspectionSlots.book` and
/// `release` and `JointInspections.order` write it (see `JointTasks.sortKey`); slots never move,
/// so a booked key stays true. The index ends in the id, the tie-break of the keyset.
enum ReviewTaskSchema {
    static let migration = Migration(legacyVersion: 6, name: "review-tasks", sql: """
    ALTER TABLE joint_inspection ADD COLUMN task_sort TEXT NOT NULL DEFAULT '';
    UPDATE joint_inspection SET task_sort = coalesce(
        (SELECT 'b:' || s.day || 'T' || s.start FROM inspection_slot s WHERE s.id = joint_inspection.slot_id),
        'u:' || created_at);
    CREATE INDEX joint_inspection_task ON joint_inspection(task_sort, id);
    """)
}
