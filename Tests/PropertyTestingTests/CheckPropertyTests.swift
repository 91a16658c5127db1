import PropertyTesting
import Testing

/// The wrapper's own proof: what a property body throws is a failure, not a pass.
@Suite struct CheckPropertyTests {
    struct Refused: Error {}

    @Test("A property whose body throws fails (the error is recorded, with the input)")
    func throwingBodyFails() async {
        await withKnownIssue("the body throws on every input") {
            await checkProperty(count: 3, input: Gen.int(in: 0...9)) { _ in throw Refused() }
        } matching: { issue in
            issue.error is Refused
        }
    }

    @Test("A throw on two generators' inputs fails too")
    func throwingBodyOfTwoInputsFails() async {
        await withKnownIssue("the body throws when a + b > 0") {
            await checkProperty(count: 20, input: Gen.int(in: 1...9), Gen.int(in: 0...9)) { a, b in
                if a + b > 0 { throw Refused() }
            }
        } matching: { issue in
            issue.error is Refused
        }
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
