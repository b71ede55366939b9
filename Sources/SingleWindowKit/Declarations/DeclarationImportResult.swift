import Foundation


/// What an import did: counts, every problem, and where the rejected rows were written.
public struct DeclarationImportResult: Equatable, Sendable {
    public var declarations = 0
    public var created = 0
    public var updated = 0
    /// Valid and submitted in the same run (`submit: true`).
    public var submitted = 0
    public var rejected = 0
    /// Found already submitted under the same trader's reference: reported, left unchanged.
    public var alreadySubmitted = 0
    /// Goods lines in declarations that were written (or would be, in a dry run).
    public var lines = 0
    /// Every problem with the whole file (encoding, duplicate or missing columns); nothing was imported.
    public var fileErrors: [ImportProblem] = []
    /// The first of `fileErrors`.
    public var fileError: ImportProblem? { fileErrors.first }
    /// Every problem of every rejected declaration, in file order.
    public var problems: [ImportProblem] = []
    /// Notices that did not stop anything (unknown columns ignored, already submitted).
    public var warnings: [ImportProblem] = []
    /// The rejects file (same format and header as the input, ready to fix and re-import).
    public var rejectsPath: String?
    public var dryRun = false
    /// The file's text encoding as read: UTF-8, or GB18030 for a GBK/GB18030 file (decoded).
    public var encoding = ImportEncoding.utf8
}

public struct DeclarationImportOptions: Sendable {
    /// Submit each valid declaration instead of leaving it a draft.
    public var submit: Bool
    /// Validate only: nothing is written, neither to the database nor a rejects file.
    public var dryRun: Bool
    /// Where rejected rows go; default `<input>.rejects.<ext>` next to the input.
    public var rejectsPath: String?
    /// Declarations per write transaction (each declaration is its own savepoint inside it).
    public var batchSize: Int
    /// Called after each declaration with (done, total), for a progress bar.
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(submit: Bool = false, dryRun: Bool = false, rejectsPath: String? = nil, batchSize: Int = 200,
                progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.submit = submit; self.dryRun = dryRun; self.rejectsPath = rejectsPath
        self.batchSize = max(1, batchSize); self.progress = progress
    }
}
