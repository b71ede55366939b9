/// Runs the Elm-style loop: draw, wait for a key, hand it over, redraw. `handle` returns false to quit.
/// While no key comes, `idle` is polled every `idleMilliseconds` (e.g. to notice other terminals' writes)
/// and returns true when the screen must be redrawn. Keys already queued are handled before the next
/// redraw, so a paste costs one frame. `.resize` reaches `handle` like any key, then a frame of the new size.
public func runLoop(backend: any TerminalBackend, idleMilliseconds: Int = 300,
                    render: (inout Buffer) -> Void, handle: (Key) -> Bool, idle: () -> Bool = { false }) {
    var needsDraw = true
    while true {
        if needsDraw {
            var buffer = Buffer(size: backend.size)
            render(&buffer)
            backend.draw(buffer)
            needsDraw = false
        }
        guard let key = backend.readKey(timeoutMilliseconds: idleMilliseconds) else {
            if backend.isClosed { return }
            if idle() { needsDraw = true }
            continue
        }
        if !handle(key) { return }
        needsDraw = true
        while let next = backend.readKey(timeoutMilliseconds: 0) {
            if !handle(next) { return }
        }
    }
}
