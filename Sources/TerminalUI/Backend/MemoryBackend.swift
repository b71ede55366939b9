/// An in-memory terminal for tests: scripted keys in, every drawn frame recorded.
public final class MemoryBackend: TerminalBackend {
    public var size: Size
    public var colorCount: Int
    public private(set) var frames: [Buffer] = []
    public private(set) var theme: ResolvedTheme
    /// Keys still to be read, first first.
    public var pendingKeys: [Key]
    /// When true, an empty key queue means the script is over.
    public var closesWhenDrained: Bool
    public private(set) var isShutDown = false
    /// Set by a test to play a SIGHUP/SIGTERM that arrives once the queued keys are read.
    public var signalAfterKeys: Int32?
    public var terminationSignal: Int32? { pendingKeys.isEmpty ? signalAfterKeys : nil }
    /// The F-keys the simulated terminal has: `.vt100` plays a terminal without F5–F12.
    public var functionKeys: FunctionKeys

    public init(size: Size = Size(width: 80, height: 24), colorCount: Int = 256, keys: [Key] = [],
                closesWhenDrained: Bool = true, functionKeys: FunctionKeys = .all) {
        self.functionKeys = functionKeys
        self.size = size
        self.colorCount = colorCount
        self.pendingKeys = keys
        self.closesWhenDrained = closesWhenDrained
        self.theme = Theme.builtinDefault.resolve(colorCount: colorCount, noColor: false)
    }

    /// The last frame drawn.
    public var lastFrame: Buffer? { frames.last }

    public var isClosed: Bool { closesWhenDrained && pendingKeys.isEmpty }

    public func setTheme(_ theme: Theme) { self.theme = theme.resolve(colorCount: colorCount, noColor: false) }

    public func draw(_ buffer: Buffer) { frames.append(buffer) }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        pendingKeys.isEmpty ? nil : pendingKeys.removeFirst()
    }

    /// Queues keys, e.g. `type("中文")` then `.enter`.
    public func send(_ keys: Key...) { pendingKeys.append(contentsOf: keys) }

    /// Queues one `.char` per grapheme.
    public func type(_ text: String) { pendingKeys.append(contentsOf: text.map { Key.char($0) }) }

    public func shutdown() { isShutDown = true }
}
