import Testing

@testable import LotseChat

/// Display widths and word wrapping.
@Suite struct TextLayoutTests {
    @Test func widths() {
        #expect(DisplayWidth.of("Süden") == 5)
        #expect(DisplayWidth.of("Привет") == 6)
        #expect(DisplayWidth.of("Łódź") == 4)
        #expect(DisplayWidth.of("İstanbul") == 8)
        #expect(DisplayWidth.of("مَرحبا") == 5, "the Arabic vowel mark takes no column")
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("\u{1B}[1;31mNein\u{1B}[0m") == 4)
    }

    @Test func aWordLongerThanTheLineIsCut() {
        let lines = WordWrap.lines("Donaudampfschifffahrtsgesellschaft", width: 12)
        #expect(lines == ["Donaudampfsc", "hifffahrtsge", "sellschaft"])
    }

    @Test func hangingIndent() {
        let lines = WordWrap.lines("eins zwei drei vier", width: 12, firstPrefix: "1) ", hanging: "   ")
        #expect(lines == ["1) eins zwei", "   drei vier"])
    }

    @Test func emptyTextIsOneEmptyLine() {
        #expect(WordWrap.lines("", width: 20) == [""])
    }
}
