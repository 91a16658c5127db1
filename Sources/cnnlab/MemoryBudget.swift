import Foundation

/// The memory this process may still allocate: the smallest of the system's MemAvailable
/// (/proc/meminfo), what the address-space limit leaves (RLIMIT_AS minus the VmSize already
/// mapped) and what the cgroup leaves (memory.max minus memory.current). A command adds up its
/// peak (inputs, outputs, scratch) in a ``MemoryEstimate`` and is refused, saying how much it
/// needs, before it allocates what does not fit — instead of dying in the allocator.
enum MemoryBudget {
    /// The bytes available and which limit sets them.
    static func available() -> (bytes: Int, limit: String) {
        var limits: [(Int, String)] = []
        if let free = kilobytes(in: "/proc/meminfo", field: "MemAvailable:") { limits.append((free, "the system's available memory")) }
        var limit = rlimit()
        if getrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max {  // RLIM_INFINITY
            let mapped = kilobytes(in: "/proc/self/status", field: "VmSize:") ?? 0
            limits.append((max(Int(clamping: limit.rlim_cur) - mapped, 0), "the address-space limit (ulimit -v)"))
        }
        if let left = cgroupLeft() { limits.append((left, "the cgroup's memory.max")) }
        return limits.min { $0.0 < $1.0 }.map { (bytes: $0.0, limit: $0.1) } ?? (Int.max, "no limit")
    }

    /// memory.max − memory.current of this process's cgroup (v2), or nil without a limit.
    private static func cgroupLeft() -> Int? {
        guard let membership = try? String(contentsOfFile: "/proc/self/cgroup", encoding: .utf8),
              let line = membership.split(separator: "\n").first(where: { $0.hasPrefix("0::") }) else { return nil }
        let folder = "/sys/fs/cgroup" + line.dropFirst(3)
        func number(_ file: String) -> Int? {
            (try? String(contentsOfFile: folder + "/" + file, encoding: .utf8)).flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
        guard let maximum = number("memory.max") else { return nil }  // "max": no limit
        return max(maximum - (number("memory.current") ?? 0), 0)
    }

    /// A "Field:  1234 kB" line of a /proc file, in bytes.
    private static func kilobytes(in file: String, field: String) -> Int? {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix(field) }),
              let value = Int(line.dropFirst(field.count).split(separator: " ").first ?? "") else { return nil }
        return value.multipliedReportingOverflow(by: 1024).overflow ? Int.max : value * 1024
    }

    /// "6.3 GB", "800.0 kB": decimal units, as `ls -h --si` and the issue reports write them.
    static func describe(_ bytes: Int) -> String {
        let value = Double(bytes)
        for (unit, scale) in [("TB", 1e12), ("GB", 1e9), ("MB", 1e6), ("kB", 1e3)] where value >= scale {
            return String(format: "%.1f %@", value / scale, unit)
        }
        return "\(bytes) bytes"
    }
}

/// A command's peak memory, part by part, added with overflow checks (a size read from a file or
/// the command line can make any product overflow).
struct MemoryEstimate {
    private(set) var parts: [(what: String, bytes: Int)] = []
    /// The sum, `Int.max` once a product or a sum overflowed.
    private(set) var total = 0

    /// Adds `bytesPerValue` bytes for every element of `shape`.
    mutating func add(_ what: String, shape: [Int], bytesPerValue: Int) {
        add(what, bytes: Self.product(shape + [bytesPerValue]))
    }

    mutating func add(_ what: String, bytes: Int) {
        parts.append((what, bytes))
        let (sum, overflow) = total.addingReportingOverflow(bytes)
        total = overflow ? .max : sum
    }

    /// The product of `factors`, `Int.max` when it overflows.
    static func product(_ factors: [Int]) -> Int {
        guard !factors.contains(0) else { return 0 }
        var result = 1
        for factor in factors {
            let (next, overflow) = result.multipliedReportingOverflow(by: factor)
            if overflow { return .max }
            result = next
        }
        return result
    }

    /// The sum of `terms`, `Int.max` when it overflows.
    static func sum(_ terms: [Int]) -> Int {
        var result = 0
        for term in terms {
            let (next, overflow) = result.addingReportingOverflow(term)
            if overflow { return .max }
            result = next
        }
        return result
    }

    /// Whether the estimate fits in what the process has left.
    var fits: Bool { total <= MemoryBudget.available().bytes }

    /// Refuses `command` when it does not fit: how much it needs, made of what, and the limit.
    func check(_ command: String) throws {
        let (available, limit) = MemoryBudget.available()
        guard total > available else { return }
        let needed = total == .max ? "more memory than this machine can count" : "about \(MemoryBudget.describe(total))"
        let detail = parts.filter { $0.bytes > 0 }
            .map { "\($0.what) \($0.bytes == .max ? "beyond count" : MemoryBudget.describe($0.bytes))" }.joined(separator: ", ")
        throw CommandError("\(command) needs \(needed) (\(detail)), more than the \(MemoryBudget.describe(available)) "
            + "this process has left (\(limit))")
    }
}
