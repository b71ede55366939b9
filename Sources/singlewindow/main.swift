import Commands
import Foundation
import Workstation

// The face: a headless command when one is named, else the workstation.
let code = SingleWindowCLI.run(arguments: Array(CommandLine.arguments.dropFirst()),
                               environment: ProcessInfo.processInfo.environment,
                               console: .standard(),
                               launchTUI: WorkstationApp.launch)
exit(code)
