import Store

/// Review 3 (global version 7): "my result is still due" as flags on the task, each with its own index.
///
/// Without them the officers' "result due" view walked the task index testing every row for a
/// missing result, so a page deep in a long list (most tasks answered) took tens of
/// milliseconds. A flag is 1 while the agency has items in the task and no result recorded;
/// triggers keep it from `items` and `joint_inspection_result`, so every writer (decisions,
/// imports, the synthetic generator) keeps it without knowing. The partial indexes hold only
/// the tasks still waiting, in list order.
enum ReviewTaskDueSchema {
    static let migration = Migration(legacyVersion: 7, name: "review-task-due", sql: """
    ALTER TABLE joint_inspection ADD COLUMN customs_due INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE joint_inspection ADD COLUMN inspection_due INTEGER NOT NULL DEFAULT 0;
    \(recompute("joint_inspection.id"));
    CREATE INDEX joint_inspection_due_customs ON joint_inspection(task_sort, id) WHERE customs_due = 1;
    CREATE INDEX joint_inspection_due_inspection ON joint_inspection(task_sort, id) WHERE inspection_due = 1;

    CREATE TRIGGER joint_inspection_due_on_insert AFTER INSERT ON joint_inspection BEGIN
        \(recompute("NEW.id"));
    END;
    CREATE TRIGGER joint_inspection_due_on_items AFTER UPDATE OF items ON joint_inspection BEGIN
        \(recompute("NEW.id"));
    END;
    CREATE TRIGGER joint_inspection_due_on_result AFTER INSERT ON joint_inspection_result BEGIN
        \(recompute("NEW.joint_id"));
    END;
    CREATE TRIGGER joint_inspection_due_on_result_change AFTER UPDATE ON joint_inspection_result BEGIN
        \(recompute("NEW.joint_id"));
    END;
    CREATE TRIGGER joint_inspection_due_on_result_delete AFTER DELETE ON joint_inspection_result BEGIN
        \(recompute("OLD.joint_id"));
    END;
    """)

    /// Sets both flags of the task `id` (an SQL expression) from its items and results.
    private static func recompute(_ id: String) -> String {
        func due(_ agency: String) -> String {
            """
            (EXISTS (SELECT 1 FROM json_each(joint_inspection.items) i, json_each(i.value, '$.agencies') a WHERE a.value = '\(agency)')
             AND NOT EXISTS (SELECT 1 FROM joint_inspection_result r WHERE r.joint_id = joint_inspection.id AND r.agency = '\(agency)'))
            """
        }
        let target = id == "joint_inspection.id" ? "" : " WHERE id = \(id)"
        return "UPDATE joint_inspection SET customs_due = \(due("customs")), inspection_due = \(due("inspection"))\(target)"
    }
}
