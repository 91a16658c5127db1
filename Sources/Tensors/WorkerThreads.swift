import Glibc

extension ComputeThreads {
    /// Runs `body(range, part)` for `parts` contiguous ranges covering 0..<count: part 0 on the
    /// calling thread, the others on POSIX threads of their own, all joined before returning.
    /// Each part must touch only its own memory. A thread of one's own always runs, where a
    /// shared pool may run the parts one after the other on a busy machine.
    @inlinable
    public static func split(_ count: Int, parts: Int, _ body: (_ range: Range<Int>, _ part: Int) -> Void) {
        let range = { (part: Int) in (count &* part / parts)..<(count &* (part &+ 1) / parts) }
        guard parts > 1 else { return body(range(0), 0) }
        withoutActuallyEscaping(body) { body in
            // Each part writes only its own memory.
            let shared = UncheckedSendable(body)
            let threads = (1..<parts).map { part in WorkerThread { shared.value(range(part), part) } }
            body(range(0), 0)
            for thread in threads { thread.join() }
        }
    }
}

/// A POSIX thread running one closure, joined explicitly; when no thread can be created, the
/// closure runs at once on the calling thread.
@usableFromInline
final class WorkerThread {
    @usableFromInline var thread = pthread_t()
    @usableFromInline let work: () -> Void

    @inlinable
    init(_ work: @escaping () -> Void) {
        self.work = work
        let context = Unmanaged.passRetained(self).toOpaque()
        let created = pthread_create(&thread, nil, { context in
            let worker = Unmanaged<WorkerThread>.fromOpaque(context!).takeRetainedValue()
            worker.work()
            return nil
        }, context)
        if created != 0 {
            Unmanaged<WorkerThread>.fromOpaque(context).release()
            work()
            thread = pthread_t()
        }
    }

    /// Waits until the closure has run.
    @inlinable
    func join() {
        if thread != pthread_t() { pthread_join(thread, nil) }
    }
}

/// A value handed to worker threads that only touch disjoint memory through it.
@usableFromInline
struct UncheckedSendable<Value>: @unchecked Sendable {
    @usableFromInline let value: Value
    @inlinable init(_ value: Value) { self.value = value }
}
