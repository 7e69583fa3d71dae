/// Every municipality of every network by the words that name it, folded once when the
/// Dialogs load, so that a typed place is found by a lookup (a table, not a scan) — with
/// the scan only for a typo.
public struct PlaceIndex: Sendable {
    /// Folded word ("bad berleburg", "berleburg", "57319") → the keys of the places it names.
    private let keysByWord: [String: [String]]
    /// The place of each key.
    public let places: [String: Place]
    /// The most words a name has, so that a phrase is searched no further.
    private let longestName: Int
    /// The words of four or more letters as Unicode scalars, by their length: the typo scan
    /// looks only at the lengths one typo can reach, without counting or copying a word.
    private let typoWords: [Int: [(scalars: [Unicode.Scalar], keys: [String])]]
    /// The folded words that say "no network's place" ("woanders", "weiß nicht") in every language.
    private let elsewhereWords: Set<String>
    /// The most words one of them has.
    private let longestElsewhere: Int

    /// - Parameter elsewhere: the folded words for "elsewhere" (the place slot's labels and
    ///   synonyms in every language).
    public init(_ places: [Place], elsewhere: [String] = []) {
        var keysByWord: [String: [String]] = [:]
        var longest = 1
        for place in places {
            for word in Self.words(for: place) {
                if keysByWord[word]?.contains(place.key) != true { keysByWord[word, default: []].append(place.key) }
                longest = max(longest, word.split(separator: " ").count)
            }
        }
        self.keysByWord = keysByWord
        var typoWords: [Int: [(scalars: [Unicode.Scalar], keys: [String])]] = [:]
        for (word, keys) in keysByWord.sorted(by: { $0.key < $1.key }) where word.count >= 4 {
            let scalars = Array(word.unicodeScalars)
            typoWords[scalars.count, default: []].append((scalars, keys))
        }
        self.typoWords = typoWords
        self.elsewhereWords = Set(elsewhere)
        self.longestElsewhere = elsewhere.map { $0.split(separator: " ").count }.max() ?? 1
        self.places = Dictionary(places.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        self.longestName = longest
    }

    /// The folded words that name `place`: its name, synonyms and postcodes, each also with
    /// umlauts written out ("erndtebrueck") and without a leading "Bad" or "Markt".
    public static func words(for place: Place) -> [String] {
        var words: [String] = []
        for text in [place.name] + place.synonyms + place.postcodes {
            for spelling in [text, writingOutUmlauts(text)] {
                let folded = Normalization.fold(spelling)
                guard !folded.isEmpty else { continue }
                words.append(folded)
                for prefix in ["bad ", "markt "] where folded.hasPrefix(prefix) && folded.count > prefix.count + 2 {
                    words.append(String(folded.dropFirst(prefix.count)))
                }
            }
        }
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }
    }

    /// `ä` → `ae`, `ö` → `oe`, `ü` → `ue`, `ß` → `ss`: how names are typed without those keys.
    static func writingOutUmlauts(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "ä": out += "ae"
            case "ö": out += "oe"
            case "ü": out += "ue"
            case "Ä": out += "Ae"
            case "Ö": out += "Oe"
            case "Ü": out += "Ue"
            case "ß": out += "ss"
            default: out.append(character)
            }
        }
        return out
    }

    /// The places a whole folded answer names ("bad berleburg", "57319").
    public func exact(_ folded: String) -> [String] {
        keysByWord[folded] ?? []
    }

    /// The places named by the longest run of words inside a folded answer
    /// ("ich wohne in bad berleburg" → bad-berleburg); places named by runs of equal length
    /// are all returned.
    public func phrase(_ folded: String) -> [String] {
        let words = folded.split(separator: " ")
        for length in stride(from: min(longestName, words.count), through: 1, by: -1) {
            var found: [String] = []
            for run in Self.runs(of: words, length: length) {
                for key in keysByWord[run] ?? [] where !found.contains(key) { found.append(key) }
            }
            if !found.isEmpty { return found }
        }
        return []
    }

    /// Whether a folded answer says "elsewhere" — as a whole, or with `inPhrase` anywhere in it
    /// ("ich weiß nicht").
    public func isElsewhere(_ folded: String, inPhrase: Bool) -> Bool {
        guard inPhrase else { return elsewhereWords.contains(folded) }
        let words = folded.split(separator: " ")
        return (1...min(longestElsewhere, max(words.count, 1))).contains { length in
            Self.runs(of: words, length: length).contains(where: elsewhereWords.contains)
        }
    }

    /// Every run of `length` neighbouring words, joined by single spaces.
    private static func runs(of words: [Substring], length: Int) -> [String] {
        guard length <= words.count else { return [] }
        return (0...(words.count - length)).map { words[$0..<($0 + length)].joined(separator: " ") }
    }

    /// The places with a word of four or more letters one typo away from the folded answer
    /// ("kreutzal"): a scan, tried only when nothing else matched.
    public func typo(_ folded: String) -> [String] {
        guard folded.count >= 4 else { return [] }
        let typed = Array(folded.unicodeScalars)
        var found: [String] = []
        for length in (typed.count - 1)...(typed.count + 1) {
            for word in typoWords[length] ?? [] where EditDistance.isWithinOne(word.scalars, typed) {
                for key in word.keys where !found.contains(key) { found.append(key) }
            }
        }
        return found.sorted()
    }
}
