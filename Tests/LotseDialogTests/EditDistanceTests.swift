import Testing

@testable import LotseDialog

/// The one-pass "one typo away" test agrees with the full edit distance, and the place index's
/// typo scan finds what it found before.
@Suite struct EditDistanceTests {
    static let here = SourceLocation(file: "network.yaml", line: 1, column: 1)

    @Test func withinOneIsTheEditDistanceAtMostOneForEveryPairOfShortWords() {
        var words = [""]
        for _ in 1...4 { words += words.filter { $0.count == words.last!.count }.flatMap { w in ["a", "b", "c"].map { w + $0 } } }
        #expect(words.count == 121)
        for a in words {
            for b in words {
                #expect(EditDistance.isWithinOne(Array(a), Array(b)) == (EditDistance.between(a, b) <= 1), "\(a) / \(b)")
            }
        }
    }

    @Test func theTypoScanFindsATownWithOneLetterWrongMissingAddedOrSwapped() {
        let index = PlaceIndex([
            Place(
                key: "kreuztal", name: "Kreuztal", network: "siegen-wittgenstein", synonyms: [], postcodes: ["57223"], location: Self.here),
            Place(key: "netphen", name: "Netphen", network: "siegen-wittgenstein", synonyms: [], postcodes: [], location: Self.here),
        ])
        for typed in ["kreutzal", "kreuztl", "kreuzttal", "krezutal", "kreuztak"] {
            #expect(index.typo(typed) == ["kreuztal"], "\(typed)")
        }
        #expect(index.typo("kreuz") == [])
        #expect(index.typo("nethpen") == ["netphen"])
        #expect(index.typo("nephten") == [], "two edits")
    }
}
