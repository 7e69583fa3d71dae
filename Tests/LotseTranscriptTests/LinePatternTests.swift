import Testing

@testable import LotseTranscript

/// `*` in a transcript pattern matches any text, also none; everything else is literal and
/// the whole line must match.
@Suite struct LinePatternTests {
    @Test(arguments: [
        ("SAY Hallo", "SAY Hallo", true), ("SAY Hallo", "SAY Hallo!", false), ("SAY Hallo", "XSAY Hallo", false),
        ("SAY Hallo", "say hallo", false), ("", "", true), ("", "SAY", false),
    ])
    func withoutStarTheWholeLineMustBeEqual(_ pattern: String, _ line: String, _ matches: Bool) {
        #expect(LinePattern(pattern).matches(line) == matches)
    }

    @Test(arguments: [
        ("SAY Hallo*", "SAY Hallo du", true), ("SAY Hallo*", "SAY Hallo", true), ("SAY Hallo*", "SAY Hall", false),
        ("SAY Hallo*", "NOTE SAY Hallo", false),
    ])
    func starAtTheEnd(_ pattern: String, _ line: String, _ matches: Bool) {
        #expect(LinePattern(pattern).matches(line) == matches)
    }

    @Test(arguments: [("*du", "SAY Hallo du", true), ("*du", "du", true), ("*du", "SAY du!", false), ("*", "", true), ("*", "WAIT", true)])
    func starAtTheStart(_ pattern: String, _ line: String, _ matches: Bool) {
        #expect(LinePattern(pattern).matches(line) == matches)
    }

    @Test(arguments: [
        ("ASK age * max=99", "ASK age number min=5 max=99", true), ("ASK age * max=99", "ASK age number min=5 max=98", false),
        ("x*x", "xx", true), ("x*x", "x", false), ("ab*ba", "aba", false), ("ab*ba", "abba", true),
    ])
    func starInTheMiddle(_ pattern: String, _ line: String, _ matches: Bool) {
        #expect(LinePattern(pattern).matches(line) == matches)
    }

    @Test(arguments: [
        ("REFER * jmd-*", "REFER 1 jmd-siegen Jugendmigrationsdienst Siegen", true), ("REFER * jmd-*", "REFER 1 aa-siegen Agentur", false),
        ("a*b*c", "abc", true), ("a*b*c", "a-b-c", true), ("a*b*c", "acb", false), ("*b*", "abc", true), ("*b*", "ac", false),
        ("a**", "a", true), ("**", "", true), ("*a*a*", "banana", true), ("*a*a*", "ban", false), ("a*b*b", "abb", true),
        ("a*b*b", "ab", false),
    ])
    func severalStars(_ pattern: String, _ line: String, _ matches: Bool) {
        #expect(LinePattern(pattern).matches(line) == matches)
    }

    @Test func otherPatternCharactersAreLiteral() {
        #expect(LinePattern("SAY ? [a] .+").matches("SAY ? [a] .+"))
        #expect(!LinePattern("SAY ?").matches("SAY x"))
    }

    @Test func describesItselfAsWritten() {
        #expect(LinePattern("REFER * x").description == "REFER * x")
        #expect(LinePattern("a*b") == LinePattern("a*b"))
        #expect(LinePattern("a*b") != LinePattern("a*c"))
    }
}
