import Foundation
import Testing
@testable import SingleWindowKit

/// Files stay the user's: a directory given as the destination gets a file inside it and keeps
/// its contents (export and rejects deleted it before), a symbolic link is refused and its
/// target untouched, an existing export is replaced only with `force`, and a rejects directory
/// that does not exist refuses the import before anything is committed.
@Suite struct FileSafetyTests {
    let ws: Workspace
    let dir: URL
    let broker = DeclarationFixtures.broker

    init() throws {
        ws = try DeclarationFixtures.workspace()
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
    func text(_ name: String) -> String? { try? String(contentsOfFile: path(name), encoding: .utf8) }
    func count() throws -> Int { try ws.db.scalar("SELECT count(*) FROM declaration").int ?? -1 }

    /// A CSV with one good declaration and one whose reference is missing (rejected).
    func batch() throws -> String {
        var bad = DeclarationFixtures.gears(reference: "")
        bad["billNo"] = "B"
        let csv = DeclarationExporter.csv([DeclarationFixtures.shrimp(reference: "ERP-1"), bad])
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path("batch.csv")))
        return path("batch.csv")
    }

    @Test func exportToADirectoryWritesInsideItAndKeepsItsContents() throws {
        let saved = try Declarations.createDraft(ws, DeclarationFixtures.shrimp(), by: broker)
        try FileManager.default.createDirectory(atPath: path("out"), withIntermediateDirectories: false)
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: path("out/notes.txt")))
        #expect(try DeclarationExporter.exportAll(ws, format: .csv, to: path("out"), by: broker) == 1)
        #expect(text("out/notes.txt") == "keep me")
        #expect(text("out/declarations.csv")?.contains("PO-2026-0001") == true)
        try DeclarationExporter.export(ws, ids: [saved.id], format: .json, to: path("out"), by: broker)
        #expect(text("out/declarations.json")?.contains("PO-2026-0001") == true)
        #expect(!FileManager.default.fileExists(atPath: path("out/declarations.csv.part")))
    }

    @Test func everyWriterRefusesASymlinkAndLeavesItsTarget() throws {
        let saved = try Declarations.createDraft(ws, DeclarationFixtures.shrimp(), by: broker)
        try Data("precious".utf8).write(to: URL(fileURLWithPath: path("target.txt")))
        try FileManager.default.createSymbolicLink(atPath: path("link.csv"), withDestinationPath: path("target.txt"))
        #expect(throws: FileWriteError.symlink(path: path("link.csv"))) {
            try DeclarationExporter.exportAll(ws, format: .csv, to: path("link.csv"), force: true, by: broker)
        }
        #expect(throws: FileWriteError.symlink(path: path("link.csv"))) {
            try DeclarationExporter.export(ws, ids: [saved.id], format: .csv, to: path("link.csv"), force: true, by: broker)
        }
        let importer = DeclarationImporter(workspace: ws, operator: broker, options: DeclarationImportOptions(rejectsPath: path("link.csv")))
        #expect(throws: FileWriteError.symlink(path: path("link.csv"))) { try importer.importFile(at: try batch()) }
        #expect(text("target.txt") == "precious")
        #expect(SafeFileWrite.isSymlink(path("link.csv")))
        #expect(try count() == 1)
    }

    @Test func anExistingExportIsReplacedOnlyWithForce() throws {
        _ = try Declarations.createDraft(ws, DeclarationFixtures.shrimp(), by: broker)
        try Data("someone else's".utf8).write(to: URL(fileURLWithPath: path("out.csv")))
        #expect(throws: FileWriteError.exists(path: path("out.csv"))) {
            try DeclarationExporter.exportAll(ws, format: .csv, to: path("out.csv"), by: broker)
        }
        #expect(text("out.csv") == "someone else's")
        #expect(try DeclarationExporter.exportAll(ws, format: .csv, to: path("out.csv"), force: true, by: broker) == 1)
        #expect(text("out.csv")?.contains("PO-2026-0001") == true)
    }

    @Test func rejectsIntoADirectoryGoInsideItNamedAfterTheInput() throws {
        try FileManager.default.createDirectory(atPath: path("rejects"), withIntermediateDirectories: false)
        try Data("keep".utf8).write(to: URL(fileURLWithPath: path("rejects/other.csv")))
        let result = try DeclarationImporter(workspace: ws, operator: broker, options: DeclarationImportOptions(rejectsPath: path("rejects")))
            .importFile(at: try batch())
        #expect(result.rejected == 1 && result.created == 1)
        #expect(result.rejectsPath == path("rejects/batch.rejects.csv"))
        #expect(text("rejects/other.csv") == "keep")
        #expect(text("rejects/batch.rejects.csv")?.split(separator: "\n").count == 2)
    }

    @Test func aMissingRejectsDirectoryRefusesTheImportBeforeAnythingIsCommitted() throws {
        let importer = DeclarationImporter(workspace: ws, operator: broker, options: DeclarationImportOptions(rejectsPath: path("nowhere/r.csv")))
        #expect(throws: FileWriteError.noDirectory(path: path("nowhere"))) { try importer.importFile(at: try batch()) }
        #expect(try count() == 0)
        #expect(FileWriteError.noDirectory(path: "/x").text(.zh) == "目录/x不存在")
    }

    @Test func aKilledImportsPartFileIsCleanedUpByTheNextRun() throws {
        let input = try batch()
        try Data("half".utf8).write(to: URL(fileURLWithPath: path("batch.rejects.csv.part")))
        let result = try DeclarationImporter(workspace: ws, operator: broker).importFile(at: input)
        #expect(result.rejected == 1)
        #expect(!FileManager.default.fileExists(atPath: path("batch.rejects.csv.part")))
        #expect(text("batch.rejects.csv") != nil)
    }

    @Test func aReadOnlyDirectoryIsSaidPlainly() throws {
        // Root ignores file modes: the refusal itself is checked as `nobody` in FileSafetyEndToEndTests.
        try FileManager.default.createDirectory(atPath: path("ro"), withIntermediateDirectories: false)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: path("ro"))
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path("ro")) }
        if geteuid() != 0 {
            #expect(throws: FileWriteError.notWritable(path: path("ro"))) {
                _ = try SafeFileWrite.destination(path("ro/x.csv"), force: false)
            }
        }
        #expect(FileWriteError.notWritable(path: "/ro").description == "cannot write in /ro: the directory is read-only")
    }
}
