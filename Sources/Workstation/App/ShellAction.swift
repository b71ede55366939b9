
/// What a key means to the shell itself; pane actions travel through it unchanged.
public enum ShellAction: Hashable, Sendable {
    case help
    case quit
    case tab(Tab)
    case nextTab
    case switchOperator
    case handOver
    case moveClock
    case scenarios
    case pane(PaneAction)
}
