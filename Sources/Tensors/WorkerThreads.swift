import Glibc
import Synchronization

extension ComputeThreads {
    /// Runs `body(range, part)` for `parts` contiguous ranges covering 0..<count: part 0 on the
    /// calling thread, the others on worker threads, all finished before returning. Each part
    /// must touch only its own memory.
    ///
    /// The workers are kept between calls (``WorkerPool``): a training step splits a dozen
    /// operations of a millisecond or less, and starting a thread for each cost about as much as
    /// the work it took over (docs/performance.md).
    @inlinable
    public static func split(_ count: Int, parts: Int, _ body: (_ range: Range<Int>, _ part: Int) -> Void) {
        guard parts > 1 else { return body(0..<count, 0) }
        withoutActuallyEscaping(body) { body in
            // Each part writes only its own memory.
            let shared = UncheckedSendable(body)
            WorkerPool.shared.run(parts: parts) { part in
                shared.value((count &* part / parts)..<(count &* (part &+ 1) / parts), part)
            }
        }
    }
}

/// The process's worker threads, created as they are first needed and kept for the next split.
///
/// One computation uses the pool at a time. A split that finds it in use — tests running side by
/// side, or a part that splits again — runs on threads started for that call alone, so no caller
/// ever waits for another's work. Between jobs a worker stays awake for a moment (yielding its
/// core to any other runnable thread), because the next split of a training step follows within
/// microseconds; after that it sleeps until the next job.
@usableFromInline
final class WorkerPool: @unchecked Sendable {
    @usableFromInline static let shared = WorkerPool()

    /// Whether a computation holds the pool.
    private let inUse = Atomic<Bool>(false)
    /// Touched only by the computation that holds the pool.
    private var workers: [PoolWorker] = []

    /// Runs `job(part)` for part 0..<parts: part 0 on the calling thread, part i on worker i.
    @usableFromInline
    func run(parts: Int, _ job: @escaping @Sendable (Int) -> Void) {
        guard inUse.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else {
            let threads = (1..<parts).map { part in WorkerThread { job(part) } }
            job(0)
            for thread in threads { thread.join() }
            return
        }
        defer { inUse.store(false, ordering: .releasing) }
        while workers.count < parts - 1 { workers.append(PoolWorker()) }
        for part in 1..<parts { workers[part - 1].start(job, part: part) }
        job(0)
        for part in 1..<parts { workers[part - 1].wait() }
    }
}

/// One thread of the pool: it runs the jobs handed to it one at a time. When no thread can be
/// created, each job runs at once on the thread that hands it over.
final class PoolWorker: @unchecked Sendable {
    /// Jobs handed over and jobs finished; the worker has nothing to do when they are equal.
    private let started = Atomic<Int>(0)
    private let finished = Atomic<Int>(0)
    /// The current job, written before `started` is raised and read after it is seen raised.
    private var job: (@Sendable (Int) -> Void)?
    private var part = 0
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let wakeUp = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var thread = pthread_t()
    private var hasThread = false

    /// How long a worker, or a caller waiting for a worker, stays awake before it sleeps.
    private static let awakeNanoseconds = 2_000_000

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(wakeUp, nil)
        let context = Unmanaged.passRetained(self).toOpaque()
        hasThread = pthread_create(&thread, nil, { context in
            Unmanaged<PoolWorker>.fromOpaque(context!).takeRetainedValue().serve()
            return nil
        }, context) == 0
        if !hasThread { Unmanaged<PoolWorker>.fromOpaque(context).release() }
    }

    /// Hands `job(part)` to the worker.
    func start(_ job: @escaping @Sendable (Int) -> Void, part: Int) {
        guard hasThread else { return job(part) }
        self.job = job
        self.part = part
        _ = started.wrappingAdd(1, ordering: .releasing)
        pthread_mutex_lock(mutex)
        pthread_cond_signal(wakeUp)
        pthread_mutex_unlock(mutex)
    }

    /// Returns when the job handed over last has finished.
    func wait() {
        guard hasThread else { return }
        let target = started.load(ordering: .relaxed)
        if !Self.stayAwake({ finished.load(ordering: .acquiring) == target }) {
            while finished.load(ordering: .acquiring) != target { usleep(50) }
        }
        job = nil
    }

    /// The worker's loop: wait for a job, run it, say so.
    private func serve() {
        var done = 0
        while true {
            if !Self.stayAwake({ started.load(ordering: .acquiring) != done }) {
                pthread_mutex_lock(mutex)
                while started.load(ordering: .acquiring) == done { pthread_cond_wait(wakeUp, mutex) }
                pthread_mutex_unlock(mutex)
            }
            job?(part)
            done += 1
            finished.store(done, ordering: .releasing)
        }
    }

    /// Checks `ready` until it holds or ``awakeNanoseconds`` have passed, yielding the core to
    /// any other runnable thread between checks; whether it held.
    private static func stayAwake(_ ready: () -> Bool) -> Bool {
        var start = timespec(), now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        while true {
            for _ in 0..<64 {
                if ready() { return true }
                sched_yield()
            }
            clock_gettime(CLOCK_MONOTONIC, &now)
            if (now.tv_sec - start.tv_sec) * 1_000_000_000 + (now.tv_nsec - start.tv_nsec) > awakeNanoseconds { return ready() }
        }
    }
}

/// A POSIX thread running one closure, joined explicitly; when no thread can be created, the
/// closure runs at once on the calling thread.
final class WorkerThread {
    private var thread = pthread_t()
    private let work: () -> Void

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
