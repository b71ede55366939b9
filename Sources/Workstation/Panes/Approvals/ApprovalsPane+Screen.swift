import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// The project screen's keys, by who is acting and where the current stage stands. The lane
/// decisions' keys come from the engine's `availableActions`; the window's stage keys from the
/// stage's state. A key out of the bar stays bound and says why when pressed.
extension ApprovalsPane {
    enum StageKey: String, PaneActionKind { case back, apply, accept, giveBack, issue, print, meeting, view }

    static let engine = LaneEngine(ApprovalRuleSet())

    func laneKeys(_ screen: ApprovalProjectScreen, _ app: AppContext) -> LaneActionKeys<ApprovalAction> {
        let available = Self.engine.availableActions(actor: app.actor, lanes: screen.currentLanes, now: app.now())
        let s = app.strings
        return LaneActionKeys(available) { $0.text(s.language, stateName: { LaneStateTable.name(.approvalStage, $0, s) }) }
    }

    /// Why a stage key cannot be used now, or nil.
    func stageRefusal(_ key: StageKey, _ screen: ApprovalProjectScreen, _ app: AppContext) -> String? {
        let s = app.strings, state = screen.current?.state
        switch key {
        case .back: return nil
        case .apply: return state == .open || state == .returned ? nil : s[.apNotOpen]
        case .accept, .giveBack: return state == .applied ? nil : s[.apNotAtWindow]
        case .issue:
            return state == .review && ApprovalRuleSet().outcome(screen.currentLanes) != nil ? nil : s[.apNotReviewed]
        case .print, .view: return screen.lastDecided == nil ? s[.apNoDecision] : nil
        case .meeting: return state == .review ? nil : s[.apNotInReview]
        }
    }

    /// The lane decision keys a role has on the board (the window's on escalated and waiting
    /// lanes, a reviewer's on the own department's lane).
    func laneKeyList(_ role: Role, _ s: Strings) -> [LaneActionKey<ApprovalAction>] {
        func lane(_ keys: [Key], _ label: AP, _ help: AP, _ action: ApprovalAction) -> LaneActionKey<ApprovalAction> {
            LaneActionKey(keys, action, label: s[label], help: s[help], id: "lane." + action.rawValue)
        }
        switch role {
        case .approvalWindow:
            return [lane([.char("u")], .apKeySupply, .apHelpSupply, .supply),
                    lane([.char("b")], .apKeyBureauApprove, .apHelpBureauApprove, .bureauApprove),
                    lane([.char("B")], .apKeyBureauReject, .apHelpBureauReject, .bureauReject)]
        case .departmentReviewer:
            return [lane([.function(10), .char("y")], .apKeyApprove, .apHelpApprove, .approve),
                    lane([.char("c")], .apKeyConditions, .apHelpConditions, .approveWithConditions),
                    lane([.char("x")], .apKeyReject, .apHelpReject, .reject),
                    lane([.char("s")], .apKeySupplements, .apHelpSupplements, .requestSupplements)]
        default:
            return []
        }
    }

    func screenKeyMap(_ screen: ApprovalProjectScreen, _ app: AppContext) -> KeyMap<PaneAction> {
        let s = app.strings, role = app.actor.role
        var map = KeyMap<PaneAction>([KeyBinding(.escape, label: s[.apKeyBack], help: s[.apKeyBack], action: PaneAction(StageKey.back))])
        func stage(_ keys: [Key], _ label: AP, _ help: AP, _ key: StageKey) {
            var binding = KeyBinding(keys, label: s[label], help: s[help], action: PaneAction(key))
            if let reason = stageRefusal(key, screen, app) { binding.showInBar = false; binding.help = s[help] + " — " + reason }
            map.add(binding)
        }
        switch role {
        case .broker, .trader:
            stage([.function(2), .char("n")], .apKeyApply, .apHelpApply, .apply)
        case .approvalWindow:
            stage([.char("a")], .apKeyAccept, .apHelpAccept, .accept)
            stage([.char("r")], .apKeyReturn, .apHelpReturn, .giveBack)
            stage([.function(10), .char("i")], .apKeyIssue, .apHelpIssue, .issue)
            stage([.char("m")], .apKeyMeeting, .apHelpMeeting, .meeting)
        default: break
        }
        for binding in laneKeys(screen, app).bindings(laneKeyList(role, s)) { map.add(binding) }
        stage([.char("v")], .apKeyView, .apHelpView, .view)
        if role == .approvalWindow || role == .broker || role == .trader {
            stage([.function(12), .char("p")], .apKeyPrint, .apHelpPrint, .print)
        }
        return map
    }

    func performOnScreen(_ action: PaneAction, _ app: AppContext) {
        guard let screen else { return }
        let s = app.strings, ws = app.workspace, actor = app.actor
        if action.id.hasPrefix("lane."), let decision = ApprovalAction(rawValue: String(action.id.dropFirst(5))) {
            if let reason = laneKeys(screen, app).refusal(decision) { app.error(reason); return }
            guard let target = laneFor(decision, screen, app) else { return }
            if DepartmentReview.requiredText(decision) != nil {
                let what = laneKeyList(app.actor.role, s).first { $0.action == decision }?.help ?? decision.rawValue
                dialog = .prompt(s.format(.apPromptText, what), [app.agencyName(target.agency)],
                                 required: s[.apRequired], for: .decide(decision, target.agency))
            } else {
                decide(decision, target.agency, text: "", app)
            }
            return
        }
        guard let key = action.as(StageKey.self) else { return }
        if let reason = stageRefusal(key, screen, app) { app.error(reason); return }
        guard let current = screen.current ?? screen.lastDecided else { return }
        let id = screen.project.id
        do {
            switch key {
            case .back:
                self.screen = nil
                projects?.reload(); queue?.reload()
                return
            case .apply:
                editor = try ApprovalStageFormEditor.open(app, projectID: id, stage: current.stage)
                return
            case .accept:
                let lanes = try ApprovalWindow.accept(ws, projectID: id, stage: current.stage, by: actor)
                app.info(s.format(.apCliAccepted, current.caseID, lanes.map { app.agencyName($0.agency) }.joined(separator: "、")))
            case .giveBack:
                let record = try ApprovalWindow.returnApplication(ws, projectID: id, stage: current.stage, by: actor)
                app.info(s.format(.apCliReturned, current.caseID, record.missing.joined(separator: ", ")))
            case .issue:
                let d = try ApprovalDecisions.issue(ws, caseID: current.caseID, by: actor)
                app.info(s.format(.apCliIssued, d.facts.number, current.caseID, d.verificationCode))
            case .meeting:
                if let meeting = screen.meeting, meeting.closedAt == nil {
                    dialog = .prompt(s[.apPromptAbsent], [current.caseID], required: s[.apRequired], for: .absent, allowsEmpty: true)
                } else {
                    dialog = .prompt(s[.apPromptMeetingAt], [current.caseID], required: s[.apRequired], for: .meetingAt)
                }
                return
            case .view:
                guard let decided = screen.lastDecided, let d = screen.decisions[decided.stage.rawValue] else { return }
                let text = ApprovalDecisionOutput.text(d, s, db: app.db, localTime: app.localTime)
                dialog = .notice(ListDialog(title: d.facts.number, items: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)))
                return
            case .print:
                guard let decided = screen.lastDecided, let d = screen.decisions[decided.stage.rawValue] else { return }
                let path = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("decision-\(d.facts.number).txt").path
                dialog = .prompt(s[.apPromptFile], [], required: s[.apRequired], value: path, for: .print)
                return
            }
            reopen(id, app)
        } catch { fail(error, app) }
    }

    /// The lane a decision key acts on: the reviewer's own; for the window, the first lane the
    /// engine allows it on (the escalated lane, the lane waiting for supplements).
    func laneFor(_ action: ApprovalAction, _ screen: ApprovalProjectScreen, _ app: AppContext) -> Lane? {
        screen.currentLanes.first { Self.engine.refusal(action, lane: $0, lanes: screen.currentLanes, actor: app.actor, now: app.now()) == nil }
    }

    func decide(_ action: ApprovalAction, _ agency: Agency, text: String, _ app: AppContext) {
        guard let screen, let current = screen.current else { return }
        do {
            // Against the lane as the screen showed it: a change made meanwhile elsewhere is refused as stale.
            let seen = screen.currentLanes.first { $0.agency == agency }?.version
            let d = try DepartmentReview.decide(app.workspace, caseID: current.caseID, department: agency, action: action, text: text,
                                                expectedVersion: seen, by: app.actor)
            app.info(app.strings.format(.apCliDecided, current.caseID, app.agencyName(agency), LaneStateTable.name(.approvalStage, d.lane.state, app.strings)))
            reopen(screen.project.id, app)
        } catch { fail(error, app) }
    }

    enum EditorKey: String, PaneActionKind { case apply, leave }

    func editorKeyMap(_ app: AppContext) -> KeyMap<PaneAction> {
        let s = app.strings
        return KeyMap([
            KeyBinding(.function(10), label: s[.apKeyApply], help: s[.apHelpApply], action: PaneAction(EditorKey.apply)),
            KeyBinding(.escape, label: s[.apKeyBack], help: s[.apKeyBack], action: PaneAction(EditorKey.leave)),
        ])
    }

    func performOnEditor(_ action: PaneAction, _ app: AppContext) {
        guard var current = editor else { return }
        switch action.as(EditorKey.self) {
        case .apply:
            do {
                let record = try current.apply(app)
                editor = nil
                app.info(app.strings.format(.apCliApplied, record.caseID, record.items.count, record.materials.count))
                reopen(record.projectID, app)
            } catch {
                editor = current
                fail(error, app)
            }
        case .leave:
            if current.isChanged { app.askToCloseForm() } else { editor = nil }
        case nil: break
        }
    }

    func answered(_ text: String, _ purpose: ApprovalPrompt, _ app: AppContext) {
        switch purpose {
        case let .decide(action, agency): decide(action, agency, text: text, app)
        case .meetingAt:
            guard let screen, let current = screen.current else { return }
            guard let at = app.localTime.parse(text.trimmingCharacters(in: .whitespaces)) else {
                app.error(app.strings.format(.apBadTime, text)); return
            }
            do {
                let meeting = try JointMeetings.schedule(app.workspace, caseID: current.caseID, at: at, by: app.actor)
                app.info(app.strings.format(.apCliMeetingScheduled, current.caseID, app.display(meeting.at)))
                reopen(screen.project.id, app)
            } catch { fail(error, app) }
        case .absent:
            guard let screen, let current = screen.current else { return }
            let absent = Set(text.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == " " }).map { Agency(String($0)) })
            let unknown = absent.subtracting(screen.currentLanes.map(\.agency))
            guard unknown.isEmpty else {
                app.error(app.strings.message("approval.meeting.department", [unknown.map(\.rawValue).sorted().joined(separator: ", ")]))
                return
            }
            do {
                // Attendance for every department of the stage, then the close: one answer, the
                // domain's calls in order (each its own audited step).
                for lane in screen.currentLanes {
                    try JointMeetings.attendance(app.workspace, caseID: current.caseID, department: lane.agency,
                                                 attended: !absent.contains(lane.agency), by: app.actor)
                }
                let moved = try JointMeetings.close(app.workspace, caseID: current.caseID, by: app.actor)
                app.info(app.strings.format(.apCliMeetingClosed, current.caseID, moved.map { app.agencyName($0.agency) }.joined(separator: "、")))
            } catch { fail(error, app) }
            reopen(screen.project.id, app)
        case .print:
            guard let screen, let decided = screen.lastDecided, let d = screen.decisions[decided.stage.rawValue] else { return }
            do {
                let body = ApprovalDecisionOutput.text(d, app.strings, db: app.db, localTime: app.localTime)
                let written = try ApprovalDecisionOutput.deliver(body, toFile: text, printer: ApprovalDecisionOutput.defaultPrinter)
                let copy = try ApprovalDecisions.recordPrint(app.workspace, number: d.facts.number, by: app.actor)
                app.info(app.strings.format(.apCliPrinted, d.facts.number, copy, written, d.verificationCode))
            } catch { fail(error, app) }
        }
    }
}
