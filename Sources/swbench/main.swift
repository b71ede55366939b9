import Foundation

// Benchmarks, run in release: `swift run -c release swbench import [--lines 100000]`.
// Speed is measured here, never in timed unit tests.
let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "import":
        try ImportBenchmark.run(options: BenchOptions(Array(arguments.dropFirst())))
    case "json":
        try MinifiedJSONBenchmark.run(options: BenchOptions(Array(arguments.dropFirst())))
    case "enforcement":
        try EnforcementBenchmark.run(options: BenchOptions(Array(arguments.dropFirst())))
    case "queue":
        try QueueBenchmark.run(options: BenchOptions(Array(arguments.dropFirst())))
    case "approvals-tick": try ApprovalTickBenchmark.run(options: BenchOptions(Array(arguments.dropFirst())))
    case "audit": try AuditVerifyBenchmark.run(options: BenchOptions(Array(arguments.dropFirst())))
    default:
        print("""
        usage: swbench import [--lines N] [--json]   the declaration importer vs sqlite3 .import
               swbench json [--small-mb 10] [--large-mb 100]   minified JSON import: time grows with the file
               swbench queue [--declarations N] [--jumps N] [--cases N] [--keep]
                   the review queue, the joint-inspection task list and the review screen on a generated database
               swbench approvals-tick [--lanes 100000]   the approvals deadline pass over open lanes, twice
               swbench enforcement [--enterprises N] [--records N] [--keep]   re-classify and draw vs sqlite3
               swbench audit [--declarations 1000000] [--entries N] [--keep] [--reuse FILE]
                   audit verify on a generated database: entries/s, rows reconciled/s, wall time, peak RSS
        """)
        exit(arguments.isEmpty ? 0 : 2)
    }
} catch {
    FileHandle.standardError.write(Data("swbench: \(error)\n".utf8))
    exit(1)
}
