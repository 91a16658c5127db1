import NeuralNet
import PropertyTesting
import Testing

/// O = (D − F + 2P)/S + 1, and the errors that refuse what the decks call "D-F-S invalide".
@Suite("Output size")
struct OutputSizeTests {
    @Test("Valid combinations give the rule's whole number")
    func values() throws {
        #expect(try OutputSize(input: 9, filter: 5, stride: 2).value == 3)
        #expect(try OutputSize(input: 32, filter: 5, stride: 1, padding: 2).value == 32)
        #expect(try OutputSize(input: 28, filter: 3, stride: 2, padding: Padding.Width(before: 0, after: 1)).value == 14)
        #expect(try OutputSize(input: 9, filter: 9).value == 1)
    }

    @Test("A stride that does not tile names D, F, S and the fraction")
    func strideDoesNotTile() throws {
        let size = try OutputSize(input: 9, filter: 5, stride: 3)
        #expect(!size.isValid)
        #expect(size.fraction == (7, 3))
        #expect(throws: ConvolutionError.strideDoesNotTile(size)) { try size.value }
        #expect(ConvolutionError.strideDoesNotTile(size).description
            == "stride 3 does not tile 9 with a 5-wide filter: (9 − 5)/3 + 1 = 7/3")
        let padded = try OutputSize(input: 8, filter: 3, stride: 2, padding: 1, axis: "height")
        #expect(ConvolutionError.strideDoesNotTile(padded).description
            == "stride 2 does not tile 8 with a 3-wide filter and padding 1 along the height: (8 − 3 + 2·1)/2 + 1 = 9/2")
    }

    @Test("A filter larger than the padded input, a stride below 1 and negative padding are refused")
    func invalidValues() throws {
        let tooLarge = try OutputSize(input: 3, filter: 5)
        #expect(throws: ConvolutionError.filterDoesNotFit(tooLarge)) { try tooLarge.value }
        #expect(ConvolutionError.filterDoesNotFit(tooLarge).description
            == "a 5-wide filter does not fit in 3 cells: (3 − 5)/1 + 1 < 1")
        // Padding can make room: (3 − 5 + 2·1)/1 + 1 = 1.
        #expect(try OutputSize(input: 3, filter: 5, padding: 1).value == 1)
        #expect(throws: ConvolutionError.nonPositiveStride(0, axis: nil)) { try OutputSize(input: 9, filter: 3, stride: 0) }
        #expect(ConvolutionError.nonPositiveStride(-2, axis: "width").description == "the stride must be 1 or more along the width, got -2")
        #expect(throws: ConvolutionError.negativePadding(Padding.Width(before: -1, after: 0), axis: nil)) {
            try OutputSize(input: 9, filter: 3, padding: Padding.Width(before: -1, after: 0))
        }
        #expect(throws: ConvolutionError.nonPositiveFilter(0, axis: nil)) { try OutputSize(input: 9, filter: 0) }
    }

    @Test("Sizes near Int.max: a padded input beyond it is refused, a huge stride's message does not overflow")
    func overflow() throws {
        // D + 2P beyond Int.max is refused when the rule is built, so D − F + 2P never overflows.
        #expect((try? OutputSize(input: 7, filter: 3, padding: Int.max)) == nil)
        #expect((try? OutputSize(input: Int.max, filter: 3, padding: 1)) == nil)
        // (7 − 3 + S)/S overflows for S = Int.max: the fraction stays unreduced, (7 − 3)/S + 1.
        let size = try OutputSize(input: 7, filter: 3, stride: Int.max)
        #expect(size.fraction == (4, Int.max))
        let message = ConvolutionError.strideDoesNotTile(size).description
        #expect(message
            == "stride \(Int.max) does not tile 7 with a 3-wide filter: (7 − 3)/\(Int.max) + 1 = 4/\(Int.max) + 1")
    }

    @Test("The rule's value is the number of window positions that fit, whenever the windows tile")
    func countsWindows() async {
        await checkProperty(count: 100, input: Gen.int(in: 1...40), Gen.int(in: 1...9), Gen.int(in: 1...5), Gen.int(in: 0...4)) { d, f, s, p in
            let size: OutputSize
            do {
                size = try OutputSize(input: d, filter: f, stride: s, padding: p)
            } catch {
                // D ≥ 0, F ≥ 1, S ≥ 1 and P ≥ 0 always make a rule: only its value may throw.
                Issue.record("OutputSize(input: \(d), filter: \(f), stride: \(s), padding: \(p)) threw \(error)")
                return
            }
            // Window starts 0, S, 2S, … whose end stays inside the padded input.
            let last = d + 2 * p - f
            let windows = last < 0 ? 0 : (0...last).filter { $0 % s == 0 }.count
            let tiles = last >= 0 && last % s == 0
            #expect(size.isValid == tiles)
            if tiles { #expect((try? size.value) == windows) }
        }
    }
}
