import Foundation
import Presentation
import SingleWindowKit

/// What every area's commands share: the database opened as the acting operator, the next
/// operand named in a usage error, and a domain refusal answered as the command's output —
/// its lines on stderr (and as `{"problems": […]}` with `--json`), exit 1, or exit 3 when the
/// command could not run at all (not authorised, nothing by that id, the database, a file).
enum AreaCommandSupport {
    struct Problems: Encodable {
        var problems: [String]
    }

    static func open(_ context: CommandContext) throws -> (Workspace, Operator) {
        let workspace = try WorkspaceFactory.openExisting(path: context.databasePath)
        return (workspace, try context.resolveActor(workspace))
    }

    static func word(_ context: inout CommandContext, _ noun: String, _ what: String) throws -> String {
        guard let word = context.nextWord() else { throw UsageError("\(noun): missing \(what)") }
        return word
    }

    /// Runs `body`; a refusal becomes `lines(error)` on stderr. `summary` may put a count line
    /// before them; `failure` names the area's own errors that mean "could not run".
    static func guarded(_ context: inout CommandContext, lines: (any Error, Strings) -> [String],
                        summary: (any Error, Strings) -> String? = { _, _ in nil },
                        failure: (any Error) -> Bool = { _ in false },
                        _ body: (inout CommandContext) throws -> ExitCode) throws -> ExitCode {
        do {
            return try body(&context)
        } catch let error as UsageError {
            throw error
        } catch {
            let text = lines(error, context.strings)
            if context.json { try context.console.json(Problems(problems: text)) }
            if let head = summary(error, context.strings) { context.console.error(head) }
            for line in text { context.console.error(line) }
            if failure(error) { return .failure }
            switch error {
            case DomainError.notAuthorized, DomainError.notFound, is DatabaseError: return .failure
            default: return .problems
            }
        }
    }
}
