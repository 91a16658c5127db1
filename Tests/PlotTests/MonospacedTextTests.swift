import Testing
@testable import Plot

/// `FontStyle.monospaced` is DejaVu Sans Mono: every character has the same advance (what makes
/// chapter 8's generated text line up), while DejaVu Sans's advances differ.
@Suite("Monospaced text")
struct MonospacedTextTests {
    @Test("'iiii' and 'WWWW' are equally wide in the monospaced face, not in the regular one")
    func equalAdvances() throws {
        let canvas = try Canvas(imageWidth: 10, height: 10, scale: 1)
        let narrow = canvas.textWidth("iiii", size: 10, style: .monospaced)
        let wide = canvas.textWidth("WWWW", size: 10, style: .monospaced)
        #expect(narrow > 0 && abs(narrow - wide) < 1e-9)
        // DejaVu Sans Mono advances 0.602 em per character (6 points at 10 once hinted).
        #expect(abs(narrow / 4 - 6.02) < 0.1)
        #expect(canvas.textWidth("WWWW", size: 10) > canvas.textWidth("iiii", size: 10) * 2)
    }
}
