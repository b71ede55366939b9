import Presentation
import SingleWindowKit
import TerminalUI
import TextWidth

/// The trainer's board: where a trainer lands on a training database, and Ctrl-G from any tab
/// (listed in F1). The scenarios a class plays with who plays each and where, the keys that
/// matter, the operators to switch to with their roles and parts, and what the fresh database
/// already holds — drawn as the help overlay draws keys, each text wrapped at spaces (or between
/// Chinese characters) to the overlay's column, so nothing is cut mid-word; it scrolls.
enum ScenarioBoard {
    /// The help overlay's text area: its box is at most 76 cells wide, 74 inside (`HelpOverlay`).
    static let innerWidth = 74

    /// The demo operators a class switches to, in scenario order, with the part each plays.
    static let cast: [(id: String, plays: SB)] = [
        ("liwei", .sbPlaysLiwei), ("zhangmin", .sbPlaysZhangmin), ("wangqiang", .sbPlaysWangqiang),
        ("chenjing", .sbPlaysChenjing), ("liuyang", .sbPlaysLiuyang), ("zhoujun", .sbPlaysZhoujun),
        ("yangfan", .sbPlaysYangfan), ("guojing", .sbPlaysGuojing), ("admin", .sbPlaysAdmin),
    ]

    static func overlay(_ app: AppContext) -> HelpOverlay {
        let s = app.strings
        var rows: [(key: String, text: String)] = []
        let scenarios: [(String, S)] = [("S1", .scenarioS1), ("S2", .scenarioS2), ("S3", .scenarioS3), ("S4", .scenarioS4),
                                         ("S5", .scenarioS5), ("S7", .scenarioS7)]
        rows += scenarios.map { ($0.0, s[$0.1]) }
        rows.append(("", ""))
        rows += [("F9", s[.scenarioF9]), ("Ctrl-O", s[.helpNextOperator]), ("Ctrl-T", s[.scenarioClock]), ("reset", s[.scenarioReset]),
                 ("Ctrl-G", s[.scenarioBoard]), ("Esc", s[.sbLeave])]
        rows.append(("", ""))
        rows.append(("", s[.sbOperators]))
        for member in cast {
            // Only who this database has (an administrator may have retired a demo operator).
            guard let op = try? Operators.find(app.db, member.id), op.active else { continue }
            let role = app.roleName(op.role)
            // The administrator's name is its role's ("系统管理员"): said once.
            let who = op.name == role ? role : "\(op.name) \(role)"
            rows.append((op.id, "\(who) · \(s[member.plays])"))
        }
        rows.append(("", ""))
        rows.append(("", s[.sbSeeded]))
        let keyWidth = max(4, rows.map { displayWidth($0.key) }.max() ?? 0)
        let textWidth = innerWidth - keyWidth - 1
        let entries = rows.flatMap { row in
            (row.text.isEmpty ? [""] : wrap(row.text, toWidth: textWidth)).enumerated().map { i, line in
                HelpEntry(keys: i == 0 ? row.key : "", label: "", help: line)
            }
        }
        return HelpOverlay(title: s[.scenarioTitle], entries: entries)
    }

    /// Where a trainer starts on a training database: on this board, not on an empty list. The
    /// workstation calls it once, when it opens; everyone else starts on their first tab.
    static func land(_ shell: Shell) {
        guard shell.app.workspace.kind == .training, shell.app.actor.role == .trainer else { return }
        _ = shell.perform(.scenarios)
    }
}
