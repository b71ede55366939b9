import Presentation
import TerminalUI

/// The trainer's board (Ctrl-G on a training database, listed in F1): the scenarios a class plays, with who
/// plays each and where, and the keys that matter — drawn as the help overlay draws keys.
enum ScenarioBoard {
    static func overlay(_ s: Strings) -> HelpOverlay {
        let scenarios: [(String, S)] = [("S1", .scenarioS1), ("S2", .scenarioS2), ("S3", .scenarioS3), ("S4", .scenarioS4),
                                         ("S5", .scenarioS5), ("S7", .scenarioS7)]
        let keys: [(String, S)] = [("F9", .scenarioF9), ("Ctrl-T", .scenarioClock), ("reset", .scenarioReset),
                                   ("Ctrl-G", .scenarioBoard)]
        let entries = (scenarios + keys).map { HelpEntry(keys: $0.0, label: "", help: s[$0.1]) }
        return HelpOverlay(title: s[.scenarioTitle], entries: entries)
    }
}
