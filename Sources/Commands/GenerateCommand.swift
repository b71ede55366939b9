import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// `singlewindow generate --declarations N [--seed S] [--batch N]`: fills a training database
/// (created with the demo set when there is none) with synthetic traders, submitted
/// declarations, routed lanes and decisions, for demos and the queue benchmark.
enum GenerateCommand {
    static func run(_ context: inout CommandContext) throws -> ExitCode {
        try context.expectNoMoreWords()
        let count = try context.intOption("declarations", default: 10_000, range: 1...50_000_000)
        let batch = try context.intOption("batch", default: 10_000, range: 1...1_000_000)
        var seed: UInt64 = 2015
        if let text = context.arguments.option("seed") {
            guard let s = UInt64(text) else { throw UsageError("--seed must be a whole number") }
            seed = s
        }
        let opened = try WorkspaceFactory.open(path: context.databasePath, createAs: .training, refresh: false,
                                               environment: context.environment)
        let actor = try context.resolveActor(opened.workspace)
        let console = context.console
        let showProgress = console.stderrIsTerminal && !context.json
        let progress: (@Sendable (Int, Int) -> Void)? = showProgress ? { @Sendable done, total in
            console.rawError("\r" + ProgressBar(label: "generate", done: done, total: total).plainText(width: 60))
        } : nil
        let start = Date()
        let report = try SyntheticTrade.generate(opened.workspace, options: SyntheticTradeOptions(declarations: count, seed: seed,
                                                                                             batchSize: batch, progress: progress),
                                                 by: actor)
        if showProgress { console.rawError("\n") }
        let seconds = Date().timeIntervalSince(start)
        if context.json {
            try console.json(["declarations": report.declarations, "lanes": report.lanes, "traders": report.traders,
                              "released": report.released, "milliseconds": Int(seconds * 1000)])
        } else {
            console.print("generated \(report.declarations) declarations (\(report.lanes) lanes, \(report.traders) traders, "
                          + "\(report.released) released) in \(String(format: "%.1f", seconds)) s")
        }
        return .success
    }
}

extension GenerateCommand {
    static let commandArea = CommandArea(name: "generate", commands: ["generate": ["": run]], tables: tables)
}
