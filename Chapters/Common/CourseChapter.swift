import Plot

/// One chapter of the course: its number and title, and the report that `make chapterN`
/// regenerates (Reports/chapterN/chapterN.pdf and one PNG per figure, and the same in French
/// under Reports/fr/).
public protocol CourseChapter {
    /// 1…8, the course's order.
    static var number: Int { get }
    /// The chapter's title as the README and the report's title page show it, in each language.
    static var title: Words { get }
    /// Builds every figure of the chapter: computes once, and the report renders in any language.
    /// `quick` trades fidelity for time (fewer epochs, smaller data) so that CI can prove the
    /// chapter still renders; figures stay the same kind.
    static func makeReport(quick: Bool) throws -> Report
}
