import Foundation

/// Tab completion of a file path typed into a prompt (import, print to file): the longest common
/// prefix of the entries the typed text can name, directories with a trailing '/', `~` as the
/// home directory. Hidden entries are offered only when the typed name starts with '.'.
public enum PathCompletion {
    public struct Result: Equatable, Sendable {
        /// The text with what all candidates share added (and `~` expanded).
        public var text: String
        /// The entries that match, by name, directories ending in '/', sorted.
        public var candidates: [String]
    }

    /// `~` or `~/…` with the home directory in place of `~`; any other text as it is.
    public static func expandingTilde(_ text: String, home: String = NSHomeDirectory()) -> String {
        if text == "~" { return home }
        if text.hasPrefix("~/") { return (home.hasSuffix("/") ? String(home.dropLast()) : home) + text.dropFirst() }
        return text
    }

    public static func complete(_ text: String, home: String = NSHomeDirectory(),
                                currentDirectory: String = FileManager.default.currentDirectoryPath) -> Result {
        var typed = expandingTilde(text, home: home)
        if typed == home, text == "~" { typed += "/" }
        let slash = typed.lastIndex(of: "/")
        let folder = slash.map { String(typed[...$0]) } ?? ""
        let stem = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        let listed = folder.isEmpty ? currentDirectory : (folder.hasPrefix("/") ? folder : currentDirectory + "/" + folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: listed)) ?? []
        let candidates = names.filter { $0.hasPrefix(stem) && (stem.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted().map { name in
            var isDirectory: ObjCBool = false
            let full = (listed.hasSuffix("/") ? listed : listed + "/") + name
            return FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) && isDirectory.boolValue ? name + "/" : name
        }
        guard let first = candidates.first else { return Result(text: typed, candidates: []) }
        let shared = candidates.dropFirst().reduce(first) { commonPrefix($0, $1) }
        return Result(text: folder + (shared.count > stem.count ? shared : stem), candidates: candidates)
    }

    /// By characters, so a Chinese file name is never cut inside a character.
    static func commonPrefix(_ a: String, _ b: String) -> String {
        String(zip(a, b).prefix { $0 == $1 }.map(\.0))
    }
}
