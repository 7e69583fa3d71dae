import LotseWire
import Testing

/// `trimmingSpaces()`, which the engine, the protocol and the client share.
@Suite struct TrimmingTests {
    @Test(arguments: [
        ("  hallo  ", "hallo"), ("\tя 19\t", "я 19"), ("", ""), ("   ", ""), ("a b", "a b"),
        (" \u{A0}x\u{A0} ", "\u{A0}x\u{A0}"), ("١٩ ", "١٩"), (" e\u{301}", "e\u{301}"),
    ])
    func spacesAndTabsGoAtBothEnds(_ text: String, _ trimmed: String) {
        #expect(text.trimmingSpaces() == trimmed)
        #expect(text[...].trimmingSpaces() == trimmed)
    }
}
