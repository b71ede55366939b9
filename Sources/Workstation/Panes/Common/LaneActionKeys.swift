import Foundation
import SingleWindowKit
import TerminalUI

/// One lane action's key: the keys, the engine's action, and its label and help in the pane's words.
struct LaneActionKey<Action: Hashable & Sendable> {
    var keys: [Key]
    var action: Action
    var label: String
    var help: String
    /// The pane action the key performs.
    var id: String

    init(_ keys: [Key], _ action: Action, label: String, help: String, id: String) {
        self.keys = keys
        self.action = action
        self.label = label
        self.help = help
        self.id = id
    }
}

/// The one "what can I do now" mechanism under the call screen, the review screen and the
/// broker's status page: the engine's `availableActions` decide which keys the bar shows; the
/// others stay bound, out of the bar, with their reason in F1 help, and a press says the reason
/// at once — before any prompt — through `refusal`.
struct LaneActionKeys<Action: Hashable & Sendable> {
    /// Each offered action's reason, nil when available now.
    var reasons: [Action: LaneReason?]
    /// A reason in the pane's words (its state names, its agency names, its own refusals).
    var reasonText: (LaneReason) -> String

    init(_ available: [AvailableAction<Action>], reasonText: @escaping (LaneReason) -> String) {
        reasons = Dictionary(available.map { ($0.action, $0.reason) }, uniquingKeysWith: { first, _ in first })
        self.reasonText = reasonText
    }

    /// The reason `action` is not available now, or nil (an action the engine was not asked
    /// about is taken as available).
    func reason(_ action: Action) -> LaneReason? { reasons[action] ?? nil }

    func isAvailable(_ action: Action) -> Bool { reason(action) == nil }

    /// The refusal a key press says at once, or nil when the action may go ahead.
    func refusal(_ action: Action) -> String? { reason(action).map(reasonText) }

    /// The keys as bindings: available ones in the bar, the others out of it with "help — reason".
    func bindings(_ keys: [LaneActionKey<Action>]) -> [KeyBinding<PaneAction>] {
        keys.map { key in
            var binding = KeyBinding(key.keys, label: key.label, help: key.help, action: PaneAction(key.id))
            if let reason = reason(key.action) {
                binding.showInBar = false
                binding.help = key.help + " — " + reasonText(reason)
            }
            return binding
        }
    }
}
