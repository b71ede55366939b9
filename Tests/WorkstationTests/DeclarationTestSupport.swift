import Foundation
@testable import Presentation
import Testing
@testable import SingleWindowKit
@testable import Workstation
import TerminalUI

/// Shared steps for the declarations pane tests: the S1 batch imported as the broker, and a
/// handle on the pane behind the shell.
enum DeclarationTestSupport {
    static let sampleData = TrainingFixture.sampleData
    static let batch = sampleData.appendingPathComponent("declarations/erp-batch-2026-01-05.csv").path

    /// Imports the ERP batch as 李伟 (37 drafts); rejects go to a temp file, not next to the sample.
    @discardableResult
    static func importBatch(_ fixture: TrainingFixture) throws -> DeclarationImportResult {
        let broker = try #require(try Operators.find(fixture.workspace.db, "liwei"))
        let rejects = fixture.directory.appendingPathComponent("rejects.csv").path
        return try DeclarationImporter(workspace: fixture.workspace, operator: broker,
                                       options: DeclarationImportOptions(rejectsPath: rejects)).importFile(at: batch)
    }

    static func pane(_ shell: Shell) -> DeclarationsPane { (shell.panes[.declarations] as! DeclarationsTabPane).declarations }

    /// The id of the imported draft with this trader's reference.
    static func draftID(_ fixture: TrainingFixture, reference: String) throws -> Int64 {
        let row = try fixture.workspace.db.queryOne("SELECT id FROM declaration WHERE trader_ref = ?", [reference])
        return try #require(row?.int64("id"))
    }

    static func text(_ shell: Shell) -> String { shell.screen().lines().joined(separator: "\n") }
}



