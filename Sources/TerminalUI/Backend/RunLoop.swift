/// Runs the Elm-style loop: draw, wait for a key, hand it over, redraw. `handle` returns false to quit.
/// While no key comes, `idle` is polled every `idleMilliseconds` (e.g. to notice other terminals' writes)
/// and returns true when the screen must be redrawn. Keys already queued are handled before the next
/// redraw, so a paste costs one frame. `.resize` reaches `handle` like any key, then a frame of the new size.
/// A SIGHUP/SIGTERM noted by the backend ends the loop at the next key wait: `terminated` gets the
/// signal (on this thread, so it may save to the database) and the loop returns it.
@discardableResult
public func runLoop(backend: any TerminalBackend, idleMilliseconds: Int = 300,
                    render: (inout Buffer) -> Void, handle: (Key) -> Bool, idle: () -> Bool = { false },
                    terminated: (Int32) -> Void = { _ in }) -> Int32? {
    var needsDraw = true
    func signalled() -> Int32? {
        guard let sig = backend.terminationSignal else { return nil }
        terminated(sig)
        return sig
    }
    while true {
        if let sig = signalled() { return sig }
        if needsDraw {
            var buffer = Buffer(size: backend.size)
            render(&buffer)
            backend.draw(buffer)
            needsDraw = false
        }
        guard let key = backend.readKey(timeoutMilliseconds: idleMilliseconds) else {
            if let sig = signalled() { return sig }
            if backend.isClosed { return nil }
            if idle() { needsDraw = true }
            continue
        }
        if !handle(key) { return nil }
        needsDraw = true
        while let next = backend.readKey(timeoutMilliseconds: 0) {
            if !handle(next) { return nil }
        }
    }
}
