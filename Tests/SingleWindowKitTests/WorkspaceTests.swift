import Foundation
import Testing
@testable import SingleWindowKit

@Suite("Opening a workspace")
struct WorkspaceTests {
    static let start = Date(timeIntervalSince1970: 1_428_485_400) // 2015-04-08T09:30:00Z

    @Test func nothingToOpenAndNoKindIsAClearErrorAndCreatesNothing() throws {
        try withTempDirectory { dir in
            let path = dir.url.appendingPathComponent("sub/sw.db").path
            let error = #expect(throws: WorkspaceError.noDatabase(path: path)) { try Workspace.open(path: path, createAs: nil) }
            #expect(error?.description.contains("training or a production") == true)
            #expect(!dir.exists("sub"))
        }
    }

    @Test func anEmptyFileWithoutAKindIsNotADatabaseYet() throws {
        try withTempDirectory { dir in
            try plant([], at: dir.path())
            #expect(throws: WorkspaceError.noDatabase(path: dir.path())) { try Workspace.open(path: dir.path(), createAs: nil) }
            #expect(try Data(contentsOf: dir.url.appendingPathComponent("test.db")).isEmpty)
        }
    }

    @Test func creatingRecordsKindTimeAndVersionAndMakesTheDirectory() throws {
        try withTempDirectory { dir in
            let path = dir.url.appendingPathComponent("data/singlewindow/sw.db").path
            let ws = try Workspace.open(path: path, createAs: .training, clock: SettableClock(Self.start))
            #expect(ws.kind == .training)
            #expect(try Schema.versions(of: ws.db) == Schema.latestVersions)
            #expect(try Meta.get(ws.db, Meta.kind) == "training")
            #expect(try Meta.get(ws.db, Meta.createdAt) == "2015-04-08T09:30:00.000Z")
            #expect(try Meta.get(ws.db, Meta.appVersion) == AppVersion.current)
            #expect(try Meta.get(ws.db, Meta.clockOffsetSeconds) == "0")
            #expect(FileManager.default.fileExists(atPath: path))
        }
    }

    @Test func anExistingDatabaseKeepsItsKind() throws {
        try withTempDirectory { dir in
            let path = dir.path()
            _ = try Workspace.open(path: path, createAs: .production, clock: SettableClock(Self.start))
            let again = try Workspace.open(path: path, createAs: nil, clock: SettableClock(Self.start.addingTimeInterval(60)))
            #expect(again.kind == .production)
            #expect(try Meta.get(again.db, Meta.createdAt) == "2015-04-08T09:30:00.000Z")
            #expect(try Workspace.open(path: path, createAs: .production).kind == .production)
        }
    }

    @Test func askingForTheOtherKindIsRefused() throws {
        try withTempDirectory { dir in
            let path = dir.path()
            _ = try Workspace.open(path: path, createAs: .production)
            #expect(throws: WorkspaceError.kindMismatch(path: path, stored: .production, requested: .training)) {
                try Workspace.open(path: path, createAs: .training)
            }
            #expect(try Workspace.open(path: path, createAs: nil).kind == .production)
        }
    }

    @Test func anUnknownStoredKindIsRefused() throws {
        try withTempDirectory { dir in
            let path = dir.path()
            let ws = try Workspace.open(path: path, createAs: .training)
            try Meta.set(ws.db, Meta.kind, "demo")
            #expect(throws: WorkspaceError.unknownKind(path: path, value: "demo")) { try Workspace.open(path: path, createAs: nil) }
        }
    }

    /// A file migrated by a tool that never set `meta.kind` takes the kind asked for, or
    /// production (no clock moving, no switching) when none is, and keeps it from then on.
    @Test(arguments: [(DatabaseKind?.none, DatabaseKind.production), (.training, .training), (.production, .production)])
    func aDatabaseWithoutAStoredKindTakesTheOneAskedForOrProduction(asked: DatabaseKind?, expected: DatabaseKind) throws {
        try withTempDirectory { dir in
            let bare = try Database(path: dir.path())
            try Schema.migrate(bare)
            bare.close()
            #expect(try Workspace.open(path: dir.path(), createAs: asked).kind == expected)
            #expect(try Workspace.open(path: dir.path(), createAs: nil).kind == expected)
        }
    }

    @Test func productionReadsTheBaseClockUnshifted() throws {
        try withTempDirectory { dir in
            let clock = SettableClock(Self.start)
            let ws = try Workspace.open(path: dir.path(), createAs: .production, clock: clock)
            #expect(ws.now() == Self.start)
            clock.advance(by: 5)
            #expect(ws.now() == Self.start.addingTimeInterval(5))
            #expect(ws.clockOffset == 0)
        }
    }

    @Test func theSystemClockIsTheDefault() throws {
        try withTempDirectory { dir in
            let ws = try Workspace.open(path: dir.path(), createAs: .production)
            #expect(abs(ws.now().timeIntervalSinceNow) < 5)
        }
    }

    @Test func theDirectInitialiserStillServesTests() throws {
        let ws = Workspace(db: try memoryDatabase(), kind: .training, clock: SettableClock(Self.start))
        #expect(ws.now() == Self.start)
        ws.setClock(SettableClock(Self.start.addingTimeInterval(3600)))
        #expect(ws.now() == Self.start.addingTimeInterval(3600))
    }

    @Test func theDefaultPathFollowsTheEnvironment() {
        #expect(Workspace.defaultPath(environment: ["SINGLEWINDOW_DB": "/srv/sw/port.db", "XDG_DATA_HOME": "/x", "HOME": "/home/li"])
                == "/srv/sw/port.db")
        #expect(Workspace.defaultPath(environment: ["SINGLEWINDOW_DB": "", "XDG_DATA_HOME": "/x/data", "HOME": "/home/li"])
                == "/x/data/singlewindow/singlewindow.db")
        #expect(Workspace.defaultPath(environment: ["XDG_DATA_HOME": "relative/data", "HOME": "/home/li"])
                == "/home/li/.local/share/singlewindow/singlewindow.db")
        #expect(Workspace.defaultPath(environment: ["XDG_DATA_HOME": "", "HOME": "/home/li"])
                == "/home/li/.local/share/singlewindow/singlewindow.db")
        #expect(Workspace.defaultPath(environment: [:]).hasSuffix("/.local/share/singlewindow/singlewindow.db"))
    }
}
