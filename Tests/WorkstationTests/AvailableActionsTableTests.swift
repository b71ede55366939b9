import Foundation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI
import Presentation

/// For every role and every lane state both workflows reach, the key bars say what the engine
/// says: every key a bar shows is accepted (pressing it opens its prompt or confirmation, and
/// the domain's own engine, over the facts read fresh, agrees), and every action refused names
/// its reason, in English and in Chinese.
@Suite(.serialized) struct AvailableActionsTableTests {
    static let roles = ["liwei", "zhangmin", "wangqiang", "liuyang", "zhoujun", "chenjing"]
    static let declarationActions: [ReviewAction] = ReviewAction.allCases.filter { $0 != .route && $0 != .resubmit }

    let fixture: TrainingFixture
    init() throws { fixture = try TrainingFixture() }

    // MARK: - Declarations

    /// Every role on one declaration as it stands now; returns how many bar keys were checked.
    @discardableResult
    func checkDeclaration(_ id: Int64, _ label: String) throws -> Int {
        var shown = 0
        let ws = fixture.workspace
        for role in Self.roles {
            let reasons = try [Language.en, .zh].map { language -> [ReviewAction: String] in
                let app = try fixture.app(as: role, language: language)
                let s = app.strings
                let lanes = try Lanes.lanes(ws.db, kind: .declaration, caseID: String(id))
                let domain = try Review.caseEngine(ws.db, declarationID: id)
                if let agency = ReviewText.agency(app.actor) {
                    // The review screen: its bar against the domain's engine, and its presses.
                    let pane = ReviewQueuePane()
                    let screen = try ReviewCaseScreen.load(app, declarationID: id, agency: agency)
                    let map = pane.caseKeyMap(screen, app)
                    let keys = screen.actionKeys(app)
                    for key in ReviewQueuePane.laneKeys(screen, s) {
                        let binding = try #require(map.bindings.first { $0.action.id == key.id }, "\(label) \(role) \(key.id)")
                        let refusal = keys.refusal(key.action)
                        let fresh = domain.reason(key.action, actor: app.actor, lanes: lanes, now: app.now())
                        #expect((refusal == nil) == (fresh == nil), "\(label) \(role): \(key.id) screen \(refusal ?? "-") domain \(String(describing: fresh))")
                        if binding.showInBar {
                            shown += 1
                            #expect(refusal == nil, "\(label) \(role): \(key.id) shown but refused: \(refusal ?? "")")
                            guard key.action != .claim && key.action != .unclaim else { continue }
                            app.message = nil
                            pane.screen = screen
                            pane.dialog = nil
                            pane.performOnCase(PaneAction(key.id), app)
                            #expect(app.message?.kind != .error && pane.dialog != nil, "\(label) \(role): \(key.id) → \(app.message?.text ?? "no dialog")")
                        } else {
                            let text = try #require(refusal, "\(label) \(role): \(key.id) hidden without a reason")
                            #expect(!text.isEmpty && binding.help.hasSuffix(" — " + text), "\(label) \(role): \(binding.help)")
                            app.message = nil
                            pane.screen = screen
                            pane.dialog = nil
                            pane.performOnCase(PaneAction(key.id), app)
                            #expect(app.message == .error(text) && pane.dialog == nil, "\(label) \(role): \(key.id) pressed")
                        }
                    }
                }
                if app.actor.role == .broker {
                    // The broker's status page: pay in the bar only when payable, withdraw in F1 help.
                    let detail = try DeclarationQueries.show(ws, id: id, by: app.actor)
                    var editor = DeclarationEditor(detail.declaration, editable: false, language: language, detail: detail)
                    editor.page = .status
                    let keys = try #require(DeclarationsPane.brokerKeys(editor, app))
                    let bindings = DeclarationsPane.brokerBindings(keys, s)
                    for (binding, action) in zip(bindings, [ReviewAction.pay, .withdraw]) {
                        let fresh = Review.engine.reason(action, actor: app.actor, lanes: lanes, now: app.now())
                        #expect((keys.refusal(action) == nil) == (fresh == nil), "\(label) broker \(action)")
                        if binding.showInBar {
                            shown += 1
                            #expect(keys.refusal(action) == nil, "\(label) broker: \(action) shown but refused")
                        }
                        if let text = keys.refusal(action) {
                            #expect(!binding.showInBar && binding.help.hasSuffix(" — " + text), "\(label) broker: \(binding.help)")
                            #expect(DeclarationsPane.brokerRefusal(action, editor, app) == text)
                        }
                    }
                    // Booking and amending: judged by the domain like the lane actions.
                    let caseKeys = try #require(DeclarationsPane.caseKeys(editor, app))
                    for (binding, action) in zip(DeclarationsPane.caseBindings(caseKeys, s), [BrokerCaseAction.book, .amend]) {
                        let fresh = detail.brokerRefusal(action, actor: app.actor)
                        #expect((caseKeys.refusal(action) == nil) == (fresh == nil), "\(label) broker \(action)")
                        let pane = DeclarationsPane()
                        pane.editor = editor
                        app.message = nil
                        pane.perform(PaneAction(binding.action.id), app)
                        if binding.showInBar {
                            shown += 1
                            #expect(app.message?.kind != .error && (pane.slotPicker != nil || pane.overlay != nil),
                                    "\(label) broker: \(action) → \(app.message?.text ?? "nothing opened")")
                        } else {
                            let text = try #require(caseKeys.refusal(action), "\(label) broker: \(action) hidden without a reason")
                            #expect(!text.isEmpty && !text.contains("{") && binding.help.hasSuffix(" — " + text), "\(label) broker: \(binding.help)")
                            #expect(app.message == .error(text) && pane.slotPicker == nil && pane.overlay == nil,
                                    "\(label) broker: \(action) pressed")
                        }
                    }
                }
                // Every action, whoever asks: refused ones name their reason.
                var texts: [ReviewAction: String] = [:]
                for available in domain.availableActions(Self.declarationActions, actor: app.actor, lanes: lanes, now: app.now()) {
                    guard let reason = available.reason else { continue }
                    let text = ReviewErrorText.reason(reason, declarationID: id, agency: .customs, app)
                    #expect(!text.isEmpty && !text.contains("{"), "\(label) \(role) \(available.action): \(text)")
                    texts[available.action] = text
                }
                return texts
            }
            #expect(Set(reasons[0].keys) == Set(reasons[1].keys))
            for (action, en) in reasons[0] {
                #expect(reasons[1][action] != en, "\(label) \(role) \(action): not in Chinese: \(en)")
            }
        }
        return shown
    }

    func state(_ id: Int64, _ agency: Agency = .customs) throws -> String {
        try #require(try Lanes.lane(fixture.workspace.db, kind: .declaration, caseID: String(id), agency: agency)).state
    }

    func version(_ id: Int64) throws -> Int64 {
        try #require(try Lanes.lane(fixture.workspace.db, kind: .declaration, caseID: String(id), agency: .customs)).version
    }

    @Test func declarationReviewStatesForEveryRole() throws {
        let ws = fixture.workspace
        let submitted = try ReviewQueuePaneSupport.submitSome(fixture, count: 12)
        let officer = try fixture.operatorNamed("zhangmin"), broker = try fixture.operatorNamed("liwei")
        let received = try submitted.filter { try state($0.id) == "received" }
        // A dutiable yellow-channel declaration goes the long way: every state on the way.
        let long = try #require(received.first { d in
            d.goods.first?.hsCode.hasPrefix("33") == true && (try? DutyRates.liability(ws.db, d)) == .dutiable
        })
        let others = received.filter { $0.id != long.id }
        try #require(others.count >= 3)
        let id = long.id
        var shown = try checkDeclaration(id, "received")
        try Review.claim(ws, declarationID: id, expectedVersion: try version(id), by: officer)
        #expect(try state(id) == "under_review")
        shown += try checkDeclaration(id, "under review")
        let ordered = try Review.decide(ws, declarationID: id, expectedVersion: try version(id),
                                        decision: .orderInspection(InspectionInstruction("open 2 containers")), by: officer)
        #expect(try state(id) == "inspection_ordered")
        shown += try checkDeclaration(id, "inspection ordered, not booked")
        let joint = try #require(ordered.jointInspection)
        let slot = try #require(try InspectionSlots.offer(ws, place: joint.place, day: "2026-03-03", starts: ["09:00"], capacity: 2,
                                                          by: officer).first)
        try InspectionSlots.book(ws, declarationID: id, slotID: slot.id, by: broker)
        shown += try checkDeclaration(id, "inspection booked, before the appointment")
        fixture.clock.advance(by: 2 * 86_400)
        try Review.decide(ws, declarationID: id, expectedVersion: try version(id), decision: .recordResult("as declared"), by: officer)
        #expect(try state(id) == "inspected")
        shown += try checkDeclaration(id, "inspected")
        try Review.decide(ws, declarationID: id, expectedVersion: try version(id), decision: .assessDuty(amount: 1200, currency: nil), by: officer)
        #expect(try state(id) == "duties_due")
        shown += try checkDeclaration(id, "duties due")
        try Review.pay(ws, declarationID: id, by: broker)
        #expect(try state(id) == "duties_paid")
        shown += try checkDeclaration(id, "duties paid")
        try Review.decide(ws, declarationID: id, expectedVersion: try version(id), decision: .release, by: officer)
        #expect(try state(id) == "released")
        shown += try checkDeclaration(id, "released")

        let (returned, rejected, withdrawn) = (others[0].id, others[1].id, others[2].id)
        for (other, decision) in [(returned, ReviewDecision.returnForCorrection(reason: "HS code")), (rejected, .reject(reason: "no licence"))] {
            try Review.claim(ws, declarationID: other, expectedVersion: try version(other), by: officer)
            try Review.decide(ws, declarationID: other, expectedVersion: try version(other), decision: decision, by: officer)
        }
        #expect(try state(returned) == "returned" && state(rejected) == "rejected")
        shown += try checkDeclaration(returned, "returned")
        shown += try checkDeclaration(rejected, "rejected")
        try Review.withdraw(ws, declarationID: withdrawn, reason: "sold elsewhere", by: broker)
        #expect(try state(withdrawn) == "withdrawn")
        shown += try checkDeclaration(withdrawn, "withdrawn")
        #expect(shown > 20)
    }

    // MARK: - Vessel calls

    @discardableResult
    func checkCall(_ callID: String, _ label: String) throws -> Int {
        var shown = 0
        let ws = fixture.workspace
        for role in Self.roles {
            let reasons = try [Language.en, .zh].map { language -> [VesselDecision: String] in
                let app = try fixture.app(as: role, language: language)
                let screen = try #require(try VesselCallScreen.load(ws.db, id: callID, strings: app.strings))
                let engine = VesselClearance.engine(screen.call)
                let lanes = try VesselClearance.lanes(ws.db, callID: callID)
                if VesselText.officerAgency(app.actor) != nil, screen.call.state == .submitted {
                    let pane = VesselsPane()
                    let map = pane.callKeyMap(screen, app)
                    let keys = screen.actionKeys(app)
                    for decision in [VesselDecision.release, .query, .hold, .reject] {
                        let binding = try #require(map.bindings.first { $0.action.id == decision.rawValue }, "\(label) \(role) \(decision)")
                        let fresh = engine.reason(decision, actor: app.actor, lanes: lanes, now: app.now())
                        #expect((keys.refusal(decision) == nil) == (fresh == nil), "\(label) \(role) \(decision)")
                        app.message = nil
                        pane.screen = screen
                        pane.dialog = nil
                        pane.performOnCall(PaneAction(decision.rawValue), app)
                        if binding.showInBar {
                            shown += 1
                            #expect(app.message?.kind != .error && pane.dialog != nil, "\(label) \(role): \(decision) → \(app.message?.text ?? "no dialog")")
                        } else {
                            let text = try #require(keys.refusal(decision), "\(label) \(role): \(decision) hidden without a reason")
                            #expect(!text.isEmpty && binding.help.hasSuffix(" — " + text), "\(label) \(role): \(binding.help)")
                            #expect(app.message == .error(text) && pane.dialog == nil, "\(label) \(role): \(decision) pressed")
                        }
                    }
                }
                if app.actor.role == .shippingAgent, screen.call.state == .submitted {
                    // The agent's answer: in the bar while a lane waits in query, else its reason.
                    let pane = VesselsPane()
                    let binding = try #require(pane.callKeyMap(screen, app).bindings.first { $0.action.id == "answer" }, "\(label) answer")
                    let refusal = screen.actionKeys(app).refusal(.answer)
                    #expect((refusal == nil) == (engine.reason(.answer, actor: app.actor, lanes: lanes, now: app.now()) == nil))
                    app.message = nil
                    pane.screen = screen
                    pane.dialog = nil
                    pane.performOnCall(PaneAction("answer"), app)
                    if binding.showInBar {
                        shown += 1
                        #expect(app.message?.kind != .error && pane.dialog != nil, "\(label): answer → \(app.message?.text ?? "no dialog")")
                    } else {
                        let text = try #require(refusal, "\(label): answer hidden without a reason")
                        #expect(binding.help.hasSuffix(" — " + text) && app.message == .error(text) && pane.dialog == nil, "\(label): answer")
                    }
                }
                var texts: [VesselDecision: String] = [:]
                for available in engine.availableActions(VesselDecision.allCases, actor: app.actor, lanes: lanes, now: app.now()) {
                    guard let reason = available.reason else { continue }
                    let text = screen.reasonText(reason, app)
                    #expect(!text.isEmpty && !text.contains("{"), "\(label) \(role) \(available.action): \(text)")
                    texts[available.action] = text
                }
                return texts
            }
            #expect(Set(reasons[0].keys) == Set(reasons[1].keys))
            for (action, en) in reasons[0] {
                #expect(reasons[1][action] != en, "\(label) \(role) \(action): not in Chinese: \(en)")
            }
        }
        return shown
    }

    func laneState(_ callID: String, _ agency: Agency) throws -> String {
        try #require(try VesselClearance.lanes(fixture.workspace.db, callID: callID).first { $0.agency == agency }).state
    }

    @Test func vesselCallStatesForEveryRoleWithTheGateOpenAndClosed() throws {
        try fixture.loadVesselSamples()
        let ws = fixture.workspace
        let arrival = "CNSHA2026A00001"
        func apply(_ decision: VesselDecision, _ agency: Agency, by id: String, _ text: String = "") throws {
            try VesselClearance.apply(decision, ws, callID: arrival, agency: agency, laneVersion: nil, text: text, by: try fixture.operatorNamed(id))
        }
        var shown = try checkCall(arrival, "submitted")
        try apply(.query, .border, by: "liuyang", "crew list page 2?")
        #expect(try laneState(arrival, .border) == "query")
        shown += try checkCall(arrival, "queried")
        try apply(.answer, .border, by: "chenjing", "attached")
        #expect(try laneState(arrival, .border) == "pending")
        shown += try checkCall(arrival, "answered")
        try apply(.hold, .customs, by: "zhangmin", "documents to see")
        #expect(try laneState(arrival, .customs) == "held")
        shown += try checkCall(arrival, "held")
        try apply(.release, .customs, by: "zhangmin")
        #expect(try laneState(arrival, .customs) == "released")
        shown += try checkCall(arrival, "released")
        try apply(.reject, .inspection, by: "wangqiang", "no sanitation certificate")
        #expect(try laneState(arrival, .inspection) == "rejected")
        shown += try checkCall(arrival, "rejected")

        // The departure: maritime's gate closed until the other three release, then open.
        let agent = try fixture.operatorNamed("chenjing")
        let draft = try #require(try VesselCalls.call(ws.db, id: "CNSHA2026D00001"))
        try VesselCalls.submit(ws, callID: draft.id, expectedVersion: draft.version, by: agent)
        shown += try checkCall(draft.id, "departure, gate closed")
        let maritime = try fixture.app(as: "zhoujun")
        let closed = try #require(try VesselCallScreen.load(ws.db, id: draft.id, strings: maritime.strings))
        #expect(closed.actionKeys(maritime).reason(.release)?.key == "lane.reason.gate")
        try fixture.release(draft.id, by: ["zhangmin", "wangqiang", "liuyang"])
        shown += try checkCall(draft.id, "departure, gate open")
        let open = try #require(try VesselCallScreen.load(ws.db, id: draft.id, strings: maritime.strings))
        #expect(open.actionKeys(maritime).isAvailable(.release))
        #expect(shown > 20)
    }
}
