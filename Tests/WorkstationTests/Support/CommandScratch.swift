import Commands
import Foundation
import Presentation

/// A temporary directory for database files and the CLI run in process against them, with the
/// shipped sample data: what the command suites that make their own databases share.
struct CommandScratch {
    let dir: URL

    init(_ prefix: String) throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func run(_ arguments: [String]) -> (code: Int32, out: String, err: String) {
        let captured = CapturedConsole()
        let code = SingleWindowCLI.run(arguments: arguments,
                                       environment: ["LANG": "en_US.UTF-8", "SINGLEWINDOW_SAMPLE_DATA": TrainingFixture.sampleData.path],
                                       console: captured.console) { _ in .usage }
        return (code, captured.out, captured.err)
    }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
}
