import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// What happens when a dialog is answered: the one domain call behind each prompt.
extension VesselsPane {
    func handleDialog(_ key: Key, _ app: AppContext) {
        switch VesselPaneDialog.route(key, in: &dialog) {
        case let .typed(text, purpose)?: complete(purpose, text, app)
        case let .confirmed(what)?: confirm(what, app)
        case let .chosen(i, agencies)? where agencies.indices.contains(i): askAnswer(agencies[i], app)
        default: break
        }
    }

    func complete(_ purpose: VesselPrompt, _ text: String, _ app: AppContext) {
        let s = app.strings, ws = app.workspace, actor = app.actor
        let call = screen?.call
        do {
            switch purpose {
            case .createFile:
                let file = try VesselDeclarationFile.read(path: text, now: app.now())
                let created = try VesselCalls.create(ws, direction: file.direction ?? .arrival, declaration: file.declaration, by: actor)
                afterChange(open: created.id, app)
                app.info(s.format(.created, created.id, created.declaration.ship.name))
            case .importCrew, .importPassengers:
                guard let call else { return }
                let url = VesselFilePath.url(text)
                let data: Data
                do { data = try Data(contentsOf: url) } catch {
                    throw VesselFileError.unreadable(path: text, detail: error.localizedDescription)
                }
                remember(url)
                do {
                    if case .importCrew = purpose {
                        let done = try VesselCalls.importCrew(ws, callID: call.id, expectedVersion: call.version, csv: data,
                                                              fileName: url.lastPathComponent, by: actor)
                        afterChange(app, show: .crew)
                        app.info(s.format(.importedCrew, done.declaration.crew.count, url.lastPathComponent))
                    } else {
                        let done = try VesselCalls.importPassengers(ws, callID: call.id, expectedVersion: call.version, csv: data,
                                                                    fileName: url.lastPathComponent, by: actor)
                        afterChange(app, show: .passengers)
                        app.info(s.format(.importedPassengers, done.declaration.passengers.count, url.lastPathComponent))
                    }
                } catch let error as PersonListImportError {
                    fail(error, app, title: s.format(.importRefused, url.lastPathComponent, error.problems.count))
                }
            case .attachLists:
                guard let call else { return }
                let lists = try VesselListsFile.read(path: text)
                let url = VesselFilePath.url(text)
                let done = try VesselCalls.attachLists(ws, callID: call.id, expectedVersion: call.version, lists: lists,
                                                       fileName: url.lastPathComponent, by: actor)
                remember(url)
                afterChange(app, show: lists.cargo != nil ? .cargo : .dangerousGoods)
                app.info(s.format(VFS.vfAttached, call.id, done.declaration.cargo.count, done.declaration.dangerousGoods.count,
                                  url.lastPathComponent))
            case .amendFile:
                let file = try VesselDeclarationFile.read(path: text, now: app.now())
                dialog = .prompt(s[.promptAmendReason], [text], s, for: .amendReason(file.declaration))
            case let .amendReason(declaration):
                guard let call else { return }
                let done = try VesselAmendments.amend(ws, callID: call.id, expectedVersion: call.version, declaration: declaration,
                                                      reason: text, by: actor)
                afterChange(app)
                app.info(s.format(.amended, done.number, done.resetAgencies.map(app.agencyName).joined(separator: ", ")))
            case let .departureVoyage(arrivalID):
                guard let arrival = try VesselCalls.call(ws.db, id: arrivalID) else {
                    throw DomainError.notFound(entity: "vessel_call", id: arrivalID)
                }
                let voyage = VesselDepartureVoyage.make(from: arrival, voyageNumber: text, now: app.now())
                let created = try VesselDeparture.create(ws, fromArrival: arrivalID, voyage: voyage, crew: .noChange, by: actor)
                afterChange(open: created.id, app)
                app.info(s.format(.created, created.id, s[.departure]))
            case let .answer(agency):
                try decide(.answer, agency: agency, text: text, app)
            case .query, .hold, .reject:
                guard let agency = VesselText.officerAgency(actor) else { return app.error(s[.notAnOfficer]) }
                let decision: VesselDecision = { if case .query = purpose { return .query }; if case .hold = purpose { return .hold }; return .reject }()
                try decide(decision, agency: agency, text: text, app)
            case .print:
                guard let call else { return }
                try PortClearanceOutput.check(text)
                let printout = try PortClearances.print(ws, callID: call.id, destination: text, language: s.language,
                                                             localTime: app.localTime, by: actor)
                let written = try PortClearanceOutput.deliver(printout.text, to: text)
                screen?.lastPrint = written
                afterChange(app)
                let number = screen?.detail.portClearance?.facts.number ?? call.id
                app.info(s.format(.printed, number, printout.copy, written))
            }
        } catch {
            fail(error, app)
        }
    }

    func confirm(_ what: VesselConfirmation, _ app: AppContext) {
        guard let call = screen?.call else { return }
        let s = app.strings
        do {
            switch what {
            case .submit:
                try VesselCalls.submit(app.workspace, callID: call.id, expectedVersion: call.version, by: app.actor)
                afterChange(app)
                app.info(s.format(.doneSubmitted, call.id))
            case .release:
                guard let agency = VesselText.officerAgency(app.actor) else { return app.error(s[.notAnOfficer]) }
                try decide(.release, agency: agency, text: "", app)
            }
        } catch {
            fail(error, app)
        }
    }

    /// A lane decision against the lane version on screen, then what it led to.
    func decide(_ decision: VesselDecision, agency: Agency, text: String, _ app: AppContext) throws {
        guard let screen else { return }
        let s = app.strings
        guard let lane = screen.lane(agency) else { throw DomainError.notFound(entity: "lane", id: "\(screen.call.id)/\(agency.rawValue)") }
        let outcome = try VesselClearance.apply(decision, app.workspace, callID: screen.call.id, agency: agency, laneVersion: lane.version,
                                         text: text, by: app.actor)
        afterChange(app)
        let state = self.screen?.lane(agency)?.state ?? ""
        if let clearance = outcome?.portClearance {
            app.info(s.format(.clearanceIssued, clearance.facts.number))
        } else if outcome?.call.state == .cleared {
            app.info(s.format(.clearedInward, screen.call.id))
        } else {
            app.info(s.format(.decided, app.agencyName(agency), screen.call.id, LaneStateTable.name(.vesselCall, state, s)))
        }
    }

    /// Re-reads what changed: the open call (or a new one), and the list behind it.
    func afterChange(open id: String? = nil, _ app: AppContext, show document: VesselDocument? = nil) {
        do {
            if let id { screen = try VesselCallScreen.load(app.db, id: id, strings: app.strings) } else {
                try screen?.reload(app.db, strings: app.strings)
            }
            if let document { screen?.show(document, app.strings) }
        } catch { fail(error, app) }
        list?.reload()
    }
}
