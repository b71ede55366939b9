import Foundation
import Workstation

let code = SingleWindowCLI.run(arguments: Array(CommandLine.arguments.dropFirst()),
                               environment: ProcessInfo.processInfo.environment,
                               console: .standard(),
                               launchTUI: WorkstationApp.launch)
exit(code)
