import Testing

@testable import LotseDialog

@Suite struct NormalizationTests {
    @Test(arguments: [
        ("  Kreis Siegen-Wittgenstein! ", "kreis siegen-wittgenstein"),
        ("SÜDEN", "suden"),
        ("Straße", "strase"),
        ("Türkçe", "turkce"),
        ("Łódź", "lodz"),
        ("Ещё", "еще"),
        ("Мій", "міи"),
        ("ja, genau.", "ja genau"),
        ("„Ich weiß es nicht“", "ich weis es nicht"),
    ])
    func folding(_ input: String, _ expected: String) {
        #expect(Normalization.fold(input) == expected)
    }

    @Test func editDistanceCountsTranspositionsOnce() {
        #expect(EditDistance.between("norden", "nodren") == 1)
        #expect(EditDistance.between("norden", "nordn") == 1)
        #expect(EditDistance.between("norden", "süden") == 3)
        #expect(EditDistance.between("", "abc") == 3)
    }
}
