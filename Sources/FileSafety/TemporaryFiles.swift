import Foundation

/// The temporary files the process is writing, removed by a signal handler when SIGINT, SIGTERM
/// or SIGHUP arrives: an interrupted `cnnlab` leaves neither a half-written output nor a hidden
/// `.NAME.PID.tmp` beside it (rename(2) already guarantees the first; this guarantees the second).
///
/// The handler may only call async-signal-safe functions, so the registry is a fixed table of C
/// strings that the handler reads without a lock: a slot is published after its string is
/// complete and cleared before the file is renamed or removed. A cleared string is not freed (the
/// handler could be reading it); a process writes a few hundred files at most.
public enum TemporaryFiles {
    /// More temporary files than any command writes at once; beyond it a file is written untracked.
    static let capacity = 64
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        table.initialize(repeating: nil, count: capacity)
        return table
    }()
    private static let lock = NSLock()
    /// Installs the handlers once, on the first registration.
    private static let handlersInstalled: Bool = {
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            var current = sigaction()
            sigaction(signal, nil, &current)
            // A signal the parent ignores (SIGINT for a background job of a script, nohup's
            // SIGHUP) stays ignored: it cannot interrupt the process, so it needs no cleanup.
            if let handler = current.__sigaction_handler.sa_handler,
               unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { received in
                TemporaryFiles.removeAll()
                Foundation.signal(received, SIG_DFL)  // then die of the same signal, as the shell expects
                raise(received)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
        return true
    }()

    /// Records `path` as a temporary file (or an empty-once-its-files-are-gone folder) to remove
    /// on an interrupt; returns its slot, or `nil` when the table is full.
    public static func register(_ path: String) -> Int? {
        _ = handlersInstalled
        lock.lock()
        defer { lock.unlock() }
        guard let slot = (0..<capacity).first(where: { slots[$0] == nil }) else { return nil }
        slots[slot] = strdup(path)
        return slot
    }

    /// Forgets a slot (its file was renamed into place or removed).
    public static func unregister(_ slot: Int?) {
        guard let slot else { return }
        lock.lock()
        slots[slot] = nil
        lock.unlock()
    }

    /// Unlinks every registered file, then removes every registered folder (emptied by the first
    /// pass); async-signal-safe (unlink and rmdir only).
    private static func removeAll() {
        for slot in 0..<capacity {
            if let path = slots[slot] { unlink(path) }
        }
        for slot in 0..<capacity {
            if let path = slots[slot] { rmdir(path) }
        }
    }
}
