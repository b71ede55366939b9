import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// The file an import prompt offers, so Enter alone takes it: the ship's file of that kind
/// (`crew-zhonghai-xiangyun.csv` for ZHONG HAI XIANG YUN; this voyage's manifest first) in the
/// directory of the last import, else — on a training database — in the sample data.
extension VesselsPane {
    enum OfferedKind: String {
        case crew, passengers, manifest
        var fileExtension: String { self == .manifest ? "json" : "csv" }
    }

    func offeredFile(_ kind: OfferedKind, for call: VesselCall, _ app: AppContext) -> String {
        var places: [URL] = []
        if let lastDirectory { places.append(lastDirectory) }
        if app.workspace.kind == .training, let samples = SampleData.locateDirectory() {
            places.append(samples.appendingPathComponent("vessels"))
        }
        // The sample manifests sit in their own folder, apart from the sample calls the loader reads.
        for place in places.flatMap({ [$0, $0.appendingPathComponent("manifests")] }) {
            if let found = Self.matchingFile(kind, in: place, ship: call.declaration.ship.name, voyage: call.declaration.voyage.voyageNumber) {
                return found.path
            }
        }
        return ""
    }

    static func compact(_ text: String) -> String { text.lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) } }

    static func matchingFile(_ kind: OfferedKind, in directory: URL, ship: String, voyage: String) -> URL? {
        let name = compact(ship)
        guard !name.isEmpty, let files = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return nil }
        func stem(_ file: String) -> String { compact(String(file.dropFirst(kind.rawValue.count + 1).dropLast(kind.fileExtension.count + 1))) }
        let candidates = files.sorted().filter { file in
            file.hasPrefix(kind.rawValue + "-") && file.hasSuffix("." + kind.fileExtension) && stem(file).hasPrefix(name)
        }
        let voyageKey = compact(voyage)
        let best = candidates.first { !voyageKey.isEmpty && stem($0).hasSuffix(voyageKey) } ?? candidates.first
        return best.map { directory.appendingPathComponent($0) }
    }

    /// A prompt for a file, offering one when there is one.
    func filePrompt(_ title: String, _ kind: OfferedKind, _ call: VesselCall, for purpose: VesselPrompt, _ app: AppContext) -> VesselPaneDialog {
        let s = app.strings
        let here = FileManager.default.currentDirectoryPath
        let offered = offeredFile(kind, for: call, app)
        let hint = offered.isEmpty ? s.format(.promptFile, here) : s.format(.vfPromptOffered, here)
        return .prompt(title, [hint], s, value: offered, for: purpose)
    }

    func remember(_ url: URL) { lastDirectory = url.deletingLastPathComponent() }
}
