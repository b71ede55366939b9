import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// An import run from the workstation: the file is imported in one call (the importer batches
/// its own transactions), its progress is recorded, and the result is shown as a report: the
/// progress bar, the counts, every problem as `file:line:column: field: reason`, the rejects file.
struct DeclarationImportReport {
    let path: String
    let result: DeclarationImportResult
    let done: Int
    let total: Int
    /// First problem line shown.
    var top = 0

    /// Collects the importer's progress callbacks (called on this thread, but typed @Sendable).
    private final class Progress: @unchecked Sendable {
        private let lock = NSLock()
        private var value = (0, 0)
        func set(_ done: Int, _ total: Int) { lock.lock(); value = (done, total); lock.unlock() }
        var current: (Int, Int) { lock.lock(); defer { lock.unlock() }; return value }
    }

    static func run(path: String, app: AppContext) throws -> DeclarationImportReport {
        let progress = Progress()
        let expanded = (path as NSString).expandingTildeInPath
        let sink = app.showProgress, label = app.strings[.importProgress]
        let importer = DeclarationImporter(workspace: app.workspace, operator: app.actor,
                                           options: DeclarationImportOptions(progress: { done, total in
                                               progress.set(done, total)
                                               sink?(label, done, total)
                                           }))
        let result = try importer.importFile(at: expanded)
        let (done, total) = progress.current
        return DeclarationImportReport(path: expanded, result: result, done: total == 0 ? result.declarations : done,
                                       total: total == 0 ? result.declarations : total)
    }

    /// A long path cut at its start: the file's name is the part worth reading.
    static func keepingEnd(_ path: String, width: Int) -> String {
        guard displayWidth(path) > width, width > 1 else { return truncate(path, toWidth: width) }
        var tail = ""
        for c in path.reversed() {
            if displayWidth(tail) + displayWidth(c) > width - 1 { break }
            tail.insert(c, at: tail.startIndex)
        }
        return "…" + tail
    }

    /// The rejects file, then every problem and note, one per line (wrapped on screen).
    func lines(_ s: Strings) -> [String] {
        var out: [String] = []
        if result.rejected > 0 { out.append(s.format(.importRejects, result.rejectsPath ?? "")) }
        out += result.fileErrors.map { $0.text(s.language) }
        out += result.problems.map { $0.text(s.language) }
        out += result.warnings.map { s[.importWarning] + " " + $0.text(s.language) }
        return out
    }

    mutating func scroll(_ key: Key, height: Int, language: Strings) {
        let count = lines(language).count
        switch key {
        case .up: top = max(0, top - 1)
        case .down: top = min(max(0, count - height), top + 1)
        case .pageUp: top = max(0, top - height)
        case .pageDown: top = min(max(0, count - height), top + height)
        default: break
        }
    }

    func render(into buffer: inout Buffer, area: Rect, s: Strings) {
        let box = area.inset(dx: 2, dy: 1)
        buffer.fill(box, style: Style(.dialog))
        let inner = buffer.drawBox(box, title: s[.importTitle])
        guard inner.height > 5 else { return }
        // The file, and the encoding it was read in when not UTF-8 ("encoding: GB18030").
        let note = s.encodingNote(result.encoding).map { " · " + $0 } ?? ""
        let shown = Self.keepingEnd(path, width: max(1, inner.width - displayWidth(note))) + note
        buffer.put(truncate(shown, toWidth: inner.width, ellipsis: true), x: inner.x, y: inner.y, style: Style(.dialog))
        ProgressBar(label: s[.importProgress], done: done, total: total).render(into: &buffer, area: inner.row(1))
        let r = result
        let counts = s.format(.importCounts, r.declarations, r.created, r.updated, r.rejected, r.alreadySubmitted, r.lines)
        buffer.put(truncate(counts, toWidth: inner.width, ellipsis: true), x: inner.x, y: inner.y + 2, style: Style(.dialog, .bold))
        if r.rejected == 0 && r.fileError == nil {
            buffer.put(s[.importNoRejects], x: inner.x, y: inner.y + 3, style: Style(.dialog), maxWidth: inner.width)
        }
        // Long paths and reasons wrap rather than lose their end (the line and column matter).
        let list = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: inner.height - 3)
        let wrapped = lines(s).dropFirst(top).flatMap { wrap($0, toWidth: list.width) }
        for (i, line) in wrapped.prefix(list.height).enumerated() {
            buffer.put(line, x: list.x, y: list.y + i, style: Style(.messageError), maxWidth: list.width)
        }
    }
}
