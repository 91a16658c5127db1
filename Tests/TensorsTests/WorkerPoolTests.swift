import Glibc
import Testing
import Tensors

/// `ComputeThreads.split` hands every index to exactly one part, whether the pool's workers are
/// awake, asleep, held by another computation or asked from inside a part.
@Suite("Splitting work between threads")
struct WorkerPoolTests {
    /// How many times each index of 0..<count was visited by `split(count, parts:)`, and whether
    /// every part got the range the formula promises.
    static func visits(_ count: Int, parts: Int) -> (visits: [Int], rangesRight: Bool) {
        var visits = [Int](repeating: 0, count: count)
        var ranges = [Range<Int>?](repeating: nil, count: parts)
        visits.withUnsafeMutableBufferPointer { visited in
            ranges.withUnsafeMutableBufferPointer { seen in
                // Each part writes its own indices and its own slot of `ranges` only.
                ComputeThreads.split(count, parts: parts) { range, part in
                    seen[part] = range
                    for i in range { visited[i] += 1 }
                }
            }
        }
        let expected = (0..<parts).map { (count * $0 / parts)..<(count * ($0 + 1) / parts) }
        return (visits, ranges == expected.map(Optional.init))
    }

    @Test("every index once, the parts' ranges as documented, for 0–40 items in 1–5 parts")
    func everyIndexOnce() {
        for parts in 1...5 {
            for count in 0...40 {
                let (visits, rangesRight) = Self.visits(count, parts: parts)
                #expect(visits == [Int](repeating: 1, count: count), "count \(count), parts \(parts)")
                #expect(rangesRight, "count \(count), parts \(parts)")
            }
        }
    }

    @Test("workers that went to sleep between two splits wake up for the next")
    func afterSleeping() {
        for _ in 0..<3 {
            usleep(10_000)  // longer than a worker stays awake
            #expect(Self.visits(1000, parts: 3).visits == [Int](repeating: 1, count: 1000))
        }
    }

    @Test("splits from eight tasks at once each get their own work done")
    func concurrentCallers() async {
        let results = await withTaskGroup(of: Bool.self) { group in
            for task in 0..<8 {
                group.addTask {
                    (0..<200).allSatisfy { i in
                        let count = 50 + (task * 31 + i) % 200
                        return Self.visits(count, parts: 2 + i % 3).visits == [Int](repeating: 1, count: count)
                    }
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results == [Bool](repeating: true, count: 8))
    }

    @Test("a part may split its own range again")
    func nested() {
        var visits = [Int](repeating: 0, count: 600)
        visits.withUnsafeMutableBufferPointer { visited in
            ComputeThreads.split(600, parts: 2) { outer, _ in
                ComputeThreads.split(outer.count, parts: 3) { inner, _ in
                    for i in inner { visited[outer.lowerBound + i] += 1 }
                }
            }
        }
        #expect(visits == [Int](repeating: 1, count: 600))
    }
}

