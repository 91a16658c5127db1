import PropertyTesting
import Synchronization
import Testing

/// The wrapper's own proof: what a property body throws is a failure, not a pass.
@Suite struct CheckPropertyTests {
    struct Refused: Error {}

    /// Runs `body` as a known issue and returns how many of the issues it recorded carry a
    /// ``Refused`` error (the library adds its own "failure occurred with input …, seed …" issue).
    private func refusals(_ body: () async -> Void) async -> Int {
        let count = Mutex(0)
        await withKnownIssue("the property throws") {
            await body()
        } matching: { issue in
            if issue.error is Refused { count.withLock { $0 += 1 } }
            return true
        }
        return count.withLock { $0 }
    }

    @Test("A property whose body throws fails (the error is recorded, with the input)")
    func throwingBodyFails() async {
        let recorded = await refusals {
            await checkProperty(count: 3, input: Gen.int(in: 0...9)) { _ in throw Refused() }
        }
        #expect(recorded >= 1)
    }

    @Test("A throw on two generators' inputs fails too")
    func throwingBodyOfTwoInputsFails() async {
        let recorded = await refusals {
            await checkProperty(count: 20, input: Gen.int(in: 1...9), Gen.int(in: 0...9)) { a, b in
                if a + b > 0 { throw Refused() }
            }
        }
        #expect(recorded >= 1)
    }

    @Test("A body that holds on every input passes, and runs once per input")
    func holdingBodyPasses() async {
        var runs = 0
        await checkProperty(count: 25, input: Gen.int(in: 0...100)) { n in
            runs += 1
            #expect(n + n == 2 * n)
        }
        #expect(runs == 25)
    }
}
