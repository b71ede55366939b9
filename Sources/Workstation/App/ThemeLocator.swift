import Foundation
import TerminalUI

/// Finds and loads the theme: `--theme`, else `$SINGLEWINDOW_THEME`, else `default`, from the
/// `Themes/` directory next to the program (or above the current directory, in a checkout).
enum ThemeLocator {
    static func load(name requested: String?, environment: [String: String]) -> (theme: Theme, problems: [String]) {
        let name = requested ?? environment["SINGLEWINDOW_THEME"].flatMap { $0.isEmpty ? nil : $0 } ?? "default"
        guard let directory = themesDirectory(environment: environment) else {
            return (Theme.builtinDefault, name == "default" ? [] : ["theme \(name): no Themes directory found; using the built-in default"])
        }
        let path = directory.appendingPathComponent(name + ".theme").path
        guard FileManager.default.fileExists(atPath: path) else {
            let known = ThemeParser.available(in: directory.path).joined(separator: ", ")
            return (Theme.builtinDefault, ["theme \(name) not found in \(directory.path) (available: \(known)); using the default"])
        }
        let (theme, problems) = ThemeParser.load(path: path)
        return (theme, problems.map(\.description))
    }

    static func themesDirectory(environment: [String: String]) -> URL? {
        if let value = environment["SINGLEWINDOW_THEMES"], !value.isEmpty { return URL(fileURLWithPath: value) }
        var starts: [URL] = []
        if let exe = Bundle.main.executableURL { starts.append(exe.resolvingSymlinksInPath().deletingLastPathComponent()) }
        starts.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        for start in starts {
            var dir = start.standardizedFileURL
            while true {
                let candidate = dir.appendingPathComponent("Themes")
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("default.theme").path) { return candidate }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        return nil
    }
}
