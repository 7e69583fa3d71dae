import Testing

@testable import LotseDialog

/// Folding answers and labels so that people may type them in any case, without accents and
/// with stray punctuation; and the edit distance that forgives typos.
@Suite struct NormalizationTests {
    @Test(arguments: [
        ("SÜDEN", "suden"), ("Norden", "norden"), ("ÄÖÜ äöü", "aou aou"), ("İstanbul", "istanbul"), ("ISTANBUL", "istanbul"),
    ])
    func caseIsFolded(_ input: String, _ expected: String) {
        #expect(Normalization.fold(input) == expected)
    }

    @Test(arguments: [
        ("Türkçe", "turkce"), ("Łódź", "lodz"), ("Ærøskøbing", "æroskobing"),
        ("Đakovo", "dakovo"), ("Kırıkkale", "kirikkale"), ("café", "cafe"), ("cafe\u{301}", "cafe"),
    ])
    func accentsAndMarkedLettersGo(_ input: String, _ expected: String) {
        #expect(Normalization.fold(input) == expected)
    }

    @Test func sharpSIsOneS() {
        #expect(Normalization.fold("Straße") == "strase")
        #expect(Normalization.fold("weiß") == Normalization.fold("WEIS"))
    }

    @Test(arguments: [
        ("Ещё", "еще"), ("Ёлка", "елка"), ("ё", "е"),
        ("Мій", "міи"), ("Йошкар-Ола", "иошкар-ола"), ("МОЙ", "мои"), ("Україна", "украіна"),
    ])
    func cyrillicShortIAndYoLoseTheirMarks(_ input: String, _ expected: String) {
        // й is и with a breve and ё is е with a diaeresis: both fold like the plain letter, so
        // a person who types "еще" or "мои" matches a label written "ещё" or "мой".
        #expect(Normalization.fold(input) == expected)
    }

    @Test(arguments: [
        ("ja, genau.", "ja genau"), ("„Ich weiß es nicht“", "ich weis es nicht"), ("«Norden»!", "norden"),
        ("(kiel)", "kiel"), ("Süden?!", "suden"), ("¿Sí?", "si"), ("نعم، طبعا؟", "نعم طبعا"), ("Ja…", "ja"),
        ("I'm 19", "i m 19"), ("Siegen-Wittgenstein", "siegen-wittgenstein"), ("?!.", ""),
    ])
    func punctuationSeparatesWordsButHyphensJoinThem(_ input: String, _ expected: String) {
        #expect(Normalization.fold(input) == expected)
    }

    @Test(arguments: [
        ("  Kreis   Siegen-Wittgenstein! ", "kreis siegen-wittgenstein"), ("a\tb\nc", "a b c"), ("nord\u{00A0}stadt", "nord stadt"),
        ("   ", ""), ("", ""), (" , ja ,", "ja"),
    ])
    func spacesAreSingleAndNoneAtTheEnds(_ input: String, _ expected: String) {
        #expect(Normalization.fold(input) == expected)
    }

    @Test func wordsAreTheFoldedWords() {
        #expect(Normalization.words("Ich wohne in KIEL, Norden!") == ["ich", "wohne", "in", "kiel", "norden"])
        #expect(Normalization.words(" … ").isEmpty)
    }

    @Test func foldingIsIdempotent() {
        for text in ["SÜDEN", "Straße", "Ёлка", "„Ich weiß es nicht“", "  a  b  ", "Łódź"] {
            let once = Normalization.fold(text)
            #expect(Normalization.fold(once) == once)
        }
    }

    @Test(arguments: [
        ("norden", "norden", 0), ("norden", "nordn", 1), ("norden", "nodren", 1), ("suden", "sueden", 1),
        ("norden", "süden", 3), ("", "abc", 3), ("abc", "", 3), ("ab", "ba", 1), ("ca", "abc", 3),
    ])
    func editDistanceCountsAdjacentTranspositionsOnce(_ a: String, _ b: String, _ distance: Int) {
        #expect(EditDistance.between(a, b) == distance)
        #expect(EditDistance.between(b, a) == distance)
    }
}

/// The ASCII fast path of `Normalization.fold` must fold exactly as the general one.
@Suite struct ASCIIFoldTests {
    @Test(arguments: [
        "Ja", "  NEIN!  ", "Kreis Siegen-Wittgenstein!", "I'm 19 years old.", "(yes)", "a\tb\nc", "x:y;z",
        "\"quoted\"", "...", "", " ", "A1 / B2", "e-mail@host", "\u{1}ctrl\u{7F}", "MiXeD   Case  ", "what?!?",
    ])
    func asciiFoldsAsTheGeneralFold(_ text: String) {
        #expect(Normalization.foldASCII(text) == Normalization.foldScalars(text))
        #expect(Normalization.fold(text) == Normalization.foldScalars(text))
    }
}
