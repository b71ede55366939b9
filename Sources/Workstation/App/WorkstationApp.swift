import Foundation
import Presentation
import SingleWindowKit
import TerminalUI

/// The interactive workstation: opens (or creates) the database, works out who is acting, and
/// runs the shell on the real terminal until the user quits.
public enum WorkstationApp {
    public static func launch(_ launch: WorkstationLaunch) throws -> ExitCode {
        guard NCursesBackend.hasTerminal else {
            launch.report(launch.strings[.cliNoTerminal])
            return .usage
        }
        // Chinese needs UTF-8: under LANG=C it would be drawn as "????". Switch to C.UTF-8, or
        // speak English when the machine has none; said once, before the screen starts.
        var strings = launch.strings
        var localeNotice: String?
        if strings.language == .zh {
            switch NCursesBackend.switchToUTF8() {
            case .native: break
            case let .switched(from):
                localeNotice = strings.format(.localeUsingCUTF8, from)
            case let .unavailable(requested):
                strings = Strings(.en)
                localeNotice = strings.format(.localeFallbackEnglish, requested)
            }
            if let localeNotice { launch.report(localeNotice) }
        }
        let path = launch.databasePath
        let opened = try WorkspaceFactory.open(path: path, createAs: .training, refresh: false, environment: launch.environment)
        let actor = try WorkspaceFactory.actor(opened.workspace, asID: launch.actorID, login: launch.login)
        let app = AppContext(workspace: opened.workspace, actor: actor, strings: strings,
                             databaseName: URL(fileURLWithPath: path).lastPathComponent)
        app.timeZone = launch.timeZone
        var notices: [String] = []
        if opened.created {
            notices.append(strings.format(.createdTrainingDatabase, path))
        }
        let (theme, themeProblems) = ThemeLocator.load(name: launch.theme, environment: launch.environment)
        notices += themeProblems
        let shown = (localeNotice.map { [$0] } ?? []) + notices
        app.startupNotice = shown.isEmpty ? nil : shown.joined(separator: "  ·  ")

        let backend: NCursesBackend
        do {
            backend = try NCursesBackend(options: NCursesBackend.Options(preferUTF8: strings.language == .zh), theme: theme)
        } catch {
            launch.report(launch.strings.format(.cliError, String(describing: error)))
            return .usage
        }
        let shell = Shell(app: app, panes: PaneSet.make())
        shell.functionKeys = backend.functionKeys
        // A trainer starts on the scenario board (Esc or a tab key leaves it, Ctrl-G brings it back).
        ScenarioBoard.land(shell)
        let watcher = ChangeWatcher(db: app.db)
        let checkpoints = ScheduledCheckpoints()
        var lastProgressFrame = DispatchTime(uptimeNanoseconds: 0)
        app.showProgress = ProgressSink { label, done, total in
            // At most ten frames a second: drawing must not slow the job it reports on.
            let now = DispatchTime.now()
            guard done == total || now.uptimeNanoseconds - lastProgressFrame.uptimeNanoseconds > 100_000_000 else { return }
            lastProgressFrame = now
            var buffer = Buffer(size: backend.size)
            shell.render(into: &buffer)
            let box = buffer.area.centered(width: min(60, buffer.width), height: 3)
            let inner = buffer.drawBox(box, title: label)
            ProgressBar(done: done, total: total).render(into: &buffer, area: inner.row(0))
            backend.draw(buffer)
        }
        shell.resize(to: backend.size)
        let signal = runLoop(backend: backend, idleMilliseconds: 400,
                render: { shell.render(into: &$0) },
                handle: { key in
                    shell.resize(to: backend.size)
                    return shell.handle(key)
                },
                idle: {
                    // Passed lane deadlines, a few milliseconds' worth per idle refresh (the first
                    // one comes right after the first frame). Our own writes do not move
                    // data_version for this connection, so a tick that moved lanes redraws itself.
                    let ticked = (try? LaneTick.run(app.workspace, budget: 0.02))?.applied ?? 0
                    checkpoints.tick(app.workspace)  // production only, when the schedule is due
                    guard watcher.hasChanged() || ticked > 0 else { return false }
                    shell.externalChange()
                    return true
                },
                // SIGHUP/SIGTERM: typed work is kept as recovered drafts here, on the main thread.
                terminated: { _ in shell.hangUp() })
        backend.shutdown()
        if let signal { NCursesBackend.endBySignal(signal) }
        // Said again after the screen is gone, so it stays in the terminal's scrollback.
        for notice in notices { launch.report(notice) }
        return .success
    }
}
