import Chapter1GradientDescent
import Chapter2Backpropagation
import Chapter3Convolution
import Chapters
import Chapter4Padding
import Chapter5Pooling
import Chapter6LeNet
import Chapter7AlexNet
import Chapter8CharRNN

/// The chapters of the course, in its order, and the ones CNNLab has built so far. A chapter
/// joins by adding its type to `builtChapters`.
enum ChapterRegistry {
    /// Every chapter that exists, by number.
    static var builtChapters: [any CourseChapter.Type] { [
        Chapter1GradientDescent.self,
        Chapter2Backpropagation.self,
        Chapter3Convolution.self,
        Chapter4Padding.self,
        Chapter5Pooling.self,
        Chapter6LeNet.self,
        Chapter7AlexNet.self,
        Chapter8CharRNN.self,
    ] }

    /// The course's plan (README's chapter list): number → subject.
    static let plan: [Int: String] = [
        1: "gradient descent", 2: "MLP and backpropagation", 3: "1D/2D convolution",
        4: "padding variants", 5: "pooling", 6: "LeNet", 7: "AlexNet shapes", 8: "char-RNN",
    ]

    /// The chapter numbered `number`.
    /// - Throws: a one-sentence error for a number outside 1…8 or a chapter not built yet.
    static func chapter(_ number: Int) throws -> any CourseChapter.Type {
        if let chapter = builtChapters.first(where: { $0.number == number }) {
            return chapter
        }
        let numbers = builtChapters.map { String($0.number) }.joined(separator: ", ")
        let built = numbers.isEmpty ? "none yet" : numbers
        guard let subject = plan[number] else {
            throw CommandError("there is no chapter \(number): the course has chapters 1 to 8 (built: \(built))")
        }
        throw CommandError("chapter \(number) (\(subject)) does not exist yet; the chapters built are \(built)")
    }
}
