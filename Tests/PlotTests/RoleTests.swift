import Foundation
import Testing
@testable import Plot

/// One visual language: roles map to distinct colour-blind-safe colours, colour bars carry
/// numbers (powers of ten on a log scale), every page of a PDF has one size.
@Suite("Colour roles, colour bars and page sizes")
struct RoleTests {
    static let roles: [Role] = (0..<Role.seriesCount).map { Role.series($0) }
        + [.explained, .erratum, .ocrDamage, .ambiguous, .invalid]

    @Test("every role has its own colour, and the data series repeat only after five")
    func distinct() {
        let colors = RoleTests.roles.map(\.color)
        #expect(Set(colors.map { "\($0.red) \($0.green) \($0.blue)" }).count == colors.count)
        #expect(Role.series(Role.seriesCount).color == Role.series(0).color)
        #expect(Role.series(-1).color == Role.series(Role.seriesCount - 1).color, "a negative index wraps, not traps")
    }

    @Test("the roles are Okabe–Ito's colours (OCR damage grey, the invalid case Tol's wine)")
    func okabeIto() {
        #expect(Role.explained.color == Color(hex: 0xe69f00))
        #expect(Role.erratum.color == Color(hex: 0xd55e00))
        #expect(Role.ambiguous.color == Color(hex: 0xf0e442))
        #expect(Role.series(0).color == Color(hex: 0x0072b2))
        #expect(Role.ocrDamage.color == Color(hex: 0x999999))
    }

    @Test("a tint is the role's colour mixed with white, light enough for black text")
    func tints() {
        for role in RoleTests.roles {
            let tint = role.tint()
            #expect(tint == Color.white.mixed(with: role.color, 0.3))
            #expect(tint.contrastingText == .black, "\(role)'s tint needs black text")
        }
        #expect(Role.erratum.tint(0) == .white && Role.erratum.tint(1) == Role.erratum.color)
    }

    @Test("a logarithmic colour bar is ticked at the powers of ten inside its range, written 10ⁿ")
    func logarithmicTicks() {
        let bar = ColorBar(scale: .logarithmic(2e-4...60), label: "loss")
        let values = bar.resolvedTicks.map(\.value)
        #expect(values.count == 5 && zip(values, [1e-3, 1e-2, 1e-1, 1, 10]).allSatisfy { abs($0 / $1 - 1) < 1e-12 })
        #expect(bar.resolvedTicks.map(\.text) == ["10⁻³", "10⁻²", "10⁻¹", "10⁰", "10¹"])
        let scale = ColorScale.logarithmic(1e-3...10)
        #expect(abs(scale.position(of: 0.1) - 0.5) < 1e-12, "10⁻¹ is halfway between 10⁻³ and 10¹")
        #expect(scale.position(of: 0).isNaN && scale.color(for: 0) == .lightGray, "no position for 0 on a log scale")
    }

    @Test("less than a decade: the bar numbers its two ends")
    func shortLogarithmicRange() {
        let bar = ColorBar(scale: .logarithmic(2...5), label: "v")
        #expect(bar.resolvedTicks.map(\.text) == ["2", "5"])
    }

    @Test("a linear colour bar gets nice numeric ticks inside its range")
    func linearTicks() {
        let bar = ColorBar(scale: .sequential(0...100), label: "count")
        #expect(bar.resolvedTicks.map(\.text) == ["0", "20", "40", "60", "80", "100"])
    }

    @Test("every page of a report's PDF has the same size, and the title page wraps long sources")
    func onePageSize() throws {
        var report = try smallReport()
        report.add(Figure(id: "tall", title: "A tall figure", caption: "Taller than the others.",
                          source: String(repeating: "IFT 780, slides 1–2; Apprentissage profond ≈ slides 3–4; ", count: 12),
                          width: 200, height: 700) { canvas, area in canvas.fill(area, color: Role.series(0).color) })
        let directory = try temporaryDirectory()
        _ = try report.write(to: directory)
        let pdf = directory.appendingPathComponent("chapter9.pdf").path
        let info = try run("pdfinfo", ["-f", "1", "-l", "99", pdf])
        let sizes = info.split(separator: "\n").filter { $0.hasPrefix("Page ") && $0.contains("size:") }
            .map { $0.split(separator: ":", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces) }
        #expect(sizes.count == 4)
        #expect(Set(sizes).count == 1, "page sizes \(sizes)")
        // The long source is wrapped: no line of the title page is wider than the page.
        let text = try run("pdftotext", ["-layout", "-f", "1", "-l", "1", "-nopgbrk", pdf, "-"])
        #expect(text.contains("Apprentissage profond"))
        let bbox = try run("pdftotext", ["-bbox", "-f", "1", "-l", "1", pdf, "-"])
        let pageWidth = Double(bbox.firstMatch(of: /<page width="([0-9.]+)"/)?.1 ?? "0") ?? 0
        let right = bbox.matches(of: /xMax="([0-9.]+)"/).compactMap { Double($0.1) }.max() ?? .infinity
        #expect(pageWidth > 0 && right <= pageWidth, "text reaches x = \(right) on a \(pageWidth)-wide page")
    }
}
