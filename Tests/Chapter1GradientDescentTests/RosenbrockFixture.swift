import Foundation

/// The expected values of `Fixtures/rosenbrock.json`, written once by
/// `Fixtures/rosenbrock_expected.py` (numpy): the deck's Rosenbrock run and what it takes to reach
/// (1, 1).
struct RosenbrockFixture: Decodable {
    /// Where a stopping test of slide 32 stops the deck's run.
    struct Stop: Decodable {
        let test: String
        let tolerance: Double
        let iteration: Int
    }

    let fixedPoint: [Double]
    let fixedValue: Double
    let stoppingTests: [Stop]
    let fixedIterationsToTolerance: Int
    let backtrackingIterationsToTolerance: Int
    let backtrackingPoint: [Double]

    enum CodingKeys: String, CodingKey {
        case fixedPoint = "fixed_10k_point"
        case fixedValue = "fixed_10k_value"
        case stoppingTests = "stopping_tests"
        case fixedIterationsToTolerance = "fixed_iterations_to_1e-6"
        case backtrackingIterationsToTolerance = "backtracking_iterations_to_1e-6"
        case backtrackingPoint = "backtracking_point"
    }

    static func load() throws -> RosenbrockFixture {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/rosenbrock.json")
        return try JSONDecoder().decode(RosenbrockFixture.self, from: Data(contentsOf: url))
    }
}
