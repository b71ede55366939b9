import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// The call screen's keys, which depend on who is acting and where the call stands: the agent
/// works on drafts and answers queries, each officer decides on the own agency's lane.
extension VesselsPane {
    func callKeyMap(_ screen: VesselCallScreen, _ app: AppContext) -> KeyMap<PaneAction> {
        let s = app.strings, call = screen.call, actor = app.actor
        func bind(_ keys: [Key], _ label: VS, _ help: VS, _ id: String) -> KeyBinding<PaneAction> {
            KeyBinding(keys, label: s[label], help: s[help], action: PaneAction(id))
        }
        var map = KeyMap<PaneAction>([
            KeyBinding(.escape, label: s[.vesselKeyBack], help: s[.vesselKeyBack], action: PaneAction("back")),
            KeyBinding([.tab, .right], label: s[.keyNextDoc], help: s[.keyNextDoc], action: PaneAction("nextDoc"), showInBar: false),
            KeyBinding([.backTab, .left], label: s[.keyPrevDoc], help: s[.keyPrevDoc], action: PaneAction("prevDoc"), showInBar: false),
        ])
        if actor.role == .shippingAgent {
            switch call.state {
            case .draft:
                map.add(KeyBinding([.char("e")], label: s[VFS.vfKeyEdit], help: s[VFS.vfHelpEdit], action: PaneAction("edit")))
                map.add(bind([.char("c")], .keyImportCrew, .helpImportCrew, "importCrew"))
                map.add(KeyBinding([.char("g")], label: s[VFS.vfKeyAttach], help: s[VFS.vfHelpAttach], action: PaneAction("attachLists")))
                map.add(bind([.char("p")], .keyImportPassengers, .helpImportPassengers, "importPassengers"))
                map.add(bind([.function(10), .char("s")], .vesselKeySubmit, .vesselHelpSubmit, "submit"))
            case .submitted:
                // The answer is the agent's lane action: shown while a lane waits in query, else
                // bound out of the bar with the engine's reason.
                for binding in screen.actionKeys(app).bindings([
                    LaneActionKey([.char("a")], VesselDecision.answer, label: s[.vesselKeyAnswer], help: s[.helpAnswer], id: "answer"),
                ]) { map.add(binding) }
                map.add(bind([.char("m")], .keyAmend, .helpAmend, "amend"))
            case .cleared:
                if call.direction == .departure { map.add(bind([.function(12), .char("w")], .keyPrint, .helpPrint, "print")) }
            }
            if call.direction == .arrival, call.state != .draft {
                map.add(bind([.char("d")], .keyDeparture, .helpDeparture, "departure"))
            }
        } else if VesselText.officerAgency(actor) != nil {
            if call.state == .submitted {
                // The one key map: F10 release, r query (return for an answer), h hold, x reject.
                // The bar shows what the engine says is available now; the others stay bound, out
                // of the bar, with their reason in F1 help and said at once when pressed.
                func decision(_ keys: [Key], _ label: VS, _ help: VS, _ action: VesselDecision) -> LaneActionKey<VesselDecision> {
                    LaneActionKey(keys, action, label: s[label], help: s[help], id: action.rawValue)
                }
                for binding in screen.actionKeys(app).bindings([
                    decision([.function(10)], .keyRelease, .helpRelease, .release),
                    decision([.char("r")], .keyQuery, .helpQuery, .query),
                    decision([.char("h")], .keyHold, .helpHold, .hold),
                    decision([.char("x")], .keyReject, .helpReject, .reject),
                ]) { map.add(binding) }
            }
            if actor.role == .maritimeOfficer, call.direction == .departure, call.state == .cleared {
                map.add(bind([.function(12), .char("w")], .keyPrint, .helpPrint, "print"))
            }
        }
        // Tab and the arrows are the document keys; in a grid the arrows move between cells.
        if !screen.document.isText {
            map = KeyMap(map.bindings.map { b in
                var b = b
                b.keys.removeAll { $0 == .left || $0 == .right }
                return b
            }.filter { !$0.keys.isEmpty })
        }
        return map
    }

    func performOnCall(_ action: PaneAction, _ app: AppContext) {
        guard let screen else { return }
        let s = app.strings, call = screen.call
        let here = [s.format(.promptFile, FileManager.default.currentDirectoryPath)]
        switch action.id {
        case "back":
            self.screen = nil
            refresh(app)
        case "nextDoc": self.screen?.step(1, s)
        case "prevDoc": self.screen?.step(-1, s)
        case "edit": form = VesselCallFormEditor.edit(call, app)
        case "importCrew": dialog = filePrompt(s[.promptCrew], .crew, call, for: .importCrew, app)
        case "importPassengers": dialog = filePrompt(s[.promptPassengers], .passengers, call, for: .importPassengers, app)
        case "attachLists": dialog = filePrompt(s[VFS.vfPromptAttach], .manifest, call, for: .attachLists, app)
        case "submit":
            dialog = .confirm(ConfirmDialog(title: s.format(.confirmSubmit, call.id), message: [s[.confirmSubmitText]],
                                            yesLabel: app.strings[.yes], noLabel: app.strings[.no]), .submit)
        case "answer":
            if let refusal = screen.actionKeys(app).refusal(.answer) { return app.error(refusal) }
            let agencies = screen.queriedAgencies
            if agencies.count == 1 { askAnswer(agencies[0], app) } else if agencies.isEmpty { app.error(s[.noQuery]) } else {
                dialog = .choose(ListDialog(title: s[.chooseLane], items: agencies.map { a in
                    app.agencyName(a) + ": " + (screen.lane(a)?.note ?? "")
                }), agencies)
            }
        case "amend": dialog = .prompt(s[.promptAmendFile], here, s, for: .amendFile)
        case "departure": askDepartureVoyage(arrivalID: call.id, app)
        case "print":
            dialog = .prompt(s[.promptPrint], [s[.promptPrintHint]], s,
                             value: PortClearanceOutput.defaultPath(callID: call.id), for: .print)
        case "release", "query", "hold", "reject":
            // An unavailable decision says why at once, before any prompt.
            if let decision = VesselDecision(rawValue: action.id), let refusal = screen.actionKeys(app).refusal(decision) {
                return app.error(refusal)
            }
            decideAsked(action, screen, app)
        default: break
        }
    }

    private func decideAsked(_ action: PaneAction, _ screen: VesselCallScreen, _ app: AppContext) {
        let s = app.strings, call = screen.call
        switch action.id {
        case "release":
            guard let agency = VesselText.officerAgency(app.actor) else { return app.error(s[.notAnOfficer]) }
            dialog = .confirm(ConfirmDialog(title: s.format(.confirmRelease, app.agencyName(agency)),
                                            message: [s.format(.confirmReleaseText, app.agencyName(agency), call.id)],
                                            yesLabel: s[.yes], noLabel: s[.no]), .release)
        case "query", "hold", "reject":
            guard let agency = VesselText.officerAgency(app.actor) else { return app.error(s[.notAnOfficer]) }
            let (title, purpose): (VS, VesselPrompt) = action.id == "query" ? (.promptQuestion, .query)
                : action.id == "hold" ? (.promptHold, .hold) : (.promptReject, .reject)
            dialog = .prompt(s.format(title, app.agencyName(agency)), [call.id + " " + call.declaration.ship.name], s, for: purpose)
        default: break
        }
    }

    func askAnswer(_ agency: Agency, _ app: AppContext) {
        let s = app.strings
        let question = screen?.lane(agency)?.note ?? ""
        dialog = .prompt(s.format(.promptAnswer, app.agencyName(agency)), wrap(question, toWidth: 70), s, for: .answer(agency))
    }

    func askDepartureVoyage(arrivalID: String, _ app: AppContext) {
        let s = app.strings
        // The arrival's voyage number with its bound letter swapped ("083E" → "083W"): Enter takes it.
        let arrivalVoyage = (try? VesselCalls.call(app.db, id: arrivalID))??.declaration.voyage.voyageNumber ?? ""
        dialog = .prompt(s.format(.promptDeparture, arrivalID), [s[.promptDepartureHint]], s,
                         value: VesselCallDefaults.departureVoyage(arrivalVoyage), for: .departureVoyage(arrivalID: arrivalID), maxLength: 20)
    }
}
