import Foundation

/// Wall-clock timing for the benchmarks: the best of several runs after a warm-up, which is the
/// figure least disturbed by the rest of the machine.
enum Stopwatch {
    /// Seconds taken by one call of `body`.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// The fastest of `repetitions` timed calls, after one untimed warm-up call. Repetitions are
    /// added until at least `minimumSeconds` have been spent, so small kernels are timed many times.
    static func best(repetitions: Int = 5, minimumSeconds: Double = 0.2, _ body: () throws -> Void) rethrows -> Double {
        try body()
        var best = Double.infinity
        var spent = 0.0
        var runs = 0
        while runs < repetitions || spent < minimumSeconds {
            let t = try time(body)
            best = min(best, t)
            spent += t
            runs += 1
        }
        return best
    }
}

/// One line of benchmark output: JSON (keys in a fixed order) or a readable line.
struct BenchLine {
    var fields: [(String, BenchValue)]

    func render(json: Bool) -> String {
        if json {
            return "{" + fields.map { "\"\($0.0)\": \($0.1.json)" }.joined(separator: ", ") + "}"
        }
        return fields.map { "\($0.0) \($0.1.text)" }.joined(separator: "  ")
    }
}

/// A value in a benchmark line.
enum BenchValue {
    case int(Int)
    case number(Double, decimals: Int)
    case text(String)

    var json: String {
        switch self {
        case let .int(v): String(v)
        case let .number(v, decimals): String(format: "%.\(decimals)f", v)
        case let .text(s): "\"\(s)\""
        }
    }

    var text: String {
        switch self {
        case let .text(s): s
        default: json
        }
    }
}
