@testable import Commands
import Foundation
@testable import Presentation
@testable import Workstation

extension TrainingFixture {
    /// The fixture's database file, as `--db` names it.
    var databasePath: String { directory.appendingPathComponent("training.db").path }

    /// One headless command, in-process, against this fixture's database: what a script sees
    /// (exit code, standard output, standard error).
    func cli(_ arguments: [String], lang: String = "en_US.UTF-8") -> (code: Int32, out: String, err: String) {
        let captured = CapturedConsole()
        let code = SingleWindowCLI.run(arguments: arguments + ["--db", databasePath], environment: ["LANG": lang],
                                       console: captured.console) { _ in .usage }
        return (code, captured.out, captured.err)
    }
}
