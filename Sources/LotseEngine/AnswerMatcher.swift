import Foundation
import LotseDialog

/// Understands a typed answer to a choice or yesno question: the option's number, its key,
/// its label or a synonym (any case, any accents), a label inside a phrase, and one typo in
/// labels of four or more letters (also in each such word of a phrase). Each way is tried in
/// the session's language first, then in the others, before the next, looser way. A slot whose
/// values declare month ranges also reads a month and year ("im Februar 2025", "02/2025")
/// after the phrases and before the typos.
struct AnswerMatcher {
    /// What an answer was understood as.
    enum Match: Equatable {
        case value(String)
        /// Several options fit; their keys in display order.
        case ambiguous([String])
        case none
    }

    let question: Question
    let dialog: Dialog
    /// The session's language, tried before the others.
    let language: String

    var options: [String] { question.options }

    /// The terms of the options offered, in display order, in language `code`.
    private func terms(in code: String) -> [Vocabulary.Terms] {
        let all = dialog.vocabulary.terms(for: question.slot, in: code)
        if all.count == options.count, zip(all, options).allSatisfy({ $0.key == $1 }) { return all }
        return options.compactMap { key in all.first { $0.key == key } }
    }

    /// The session's language first, then the dialog's others.
    private var languageOrder: [String] {
        [language] + dialog.languages.lazy.map(\.code).filter { $0 != language }
    }

    func match(_ answer: String) -> Match {
        let trimmed = answer.trimmingSpaces()
        if let number = OptionNumber.parse(trimmed) {
            return options.indices.contains(number - 1) ? .value(options[number - 1]) : .none
        }
        let folded = Normalization.fold(trimmed)
        guard !folded.isEmpty else { return .none }
        if options.contains(folded) { return .value(folded) }
        let languages = languageOrder
        for way in Way.allCases {
            if let found = match(by: way, trimmed, folded, languages) { return found }
        }
        return .none
    }

    /// The ways an answer is tried, the strictest first.
    private enum Way: CaseIterable {
        case exact, phrase, month, typo, fuzzyPhrase
    }

    /// What `way` makes of the answer, nil when it finds nothing and the next way is tried.
    private func match(by way: Way, _ trimmed: String, _ folded: String, _ languages: [String]) -> Match? {
        if way == .month { return monthMatch(trimmed) }
        for code in languages {
            let found = keys(matching: way, folded, terms(in: code))
            if !found.isEmpty { return found.count == 1 ? .value(found[0]) : .ambiguous(found) }
        }
        return nil
    }

    /// The value whose month range holds the month and year the answer names; `.none` when it
    /// names one that no offered value holds (a typo's guess would only contradict it); nil when
    /// the slot has no ranges or the answer names no month.
    private func monthMatch(_ trimmed: String) -> Match? {
        guard let slot = dialog.slots[question.slot], !slot.ranges.isEmpty, let month = MonthAnswer.parse(trimmed) else { return nil }
        guard let key = slot.value(for: month), options.contains(key) else { return Match.none }
        return .value(key)
    }

    /// The keys of the options `way` finds for the answer among `terms`.
    private func keys(matching way: Way, _ folded: String, _ terms: [Vocabulary.Terms]) -> [String] {
        switch way {
        case .exact: exact(folded, terms)
        case .phrase: phrase(folded, terms)
        case .month: []  // not a matter of words: `monthMatch`
        case .typo: typo(folded, terms)
        case .fuzzyPhrase: fuzzyPhrase(folded, terms)
        }
    }

    /// Options with a word equal to the whole answer.
    private func exact(_ folded: String, _ terms: [Vocabulary.Terms]) -> [String] {
        terms.filter { $0.words.contains(folded) }.map(\.key)
    }

    /// Options whose word stands inside the answer as whole words ("ich wohne in kiel").
    private func phrase(_ folded: String, _ terms: [Vocabulary.Terms]) -> [String] {
        bestCovering(folded, terms) { $0 == $1 }
    }

    /// Like `phrase`, forgiving one typo in each word of four or more letters ("nauke zawodu").
    private func fuzzyPhrase(_ folded: String, _ terms: [Vocabulary.Terms]) -> [String] {
        bestCovering(folded, terms) { typed, word in
            typed == word
                || (word.count >= 4 && EditDistance.isWithinOne(typed, word))
        }
    }

    /// The options whose words cover the most words of the answer, standing in it as a run;
    /// "kreis siegen-wittgenstein" beats "siegen", two equal matches are ambiguous.
    private func bestCovering(
        _ folded: String, _ terms: [Vocabulary.Terms], _ same: (Substring, Substring) -> Bool
    ) -> [String] {
        let input = folded.split(separator: " ")
        var best = 0
        var keys: [String] = []
        for term in terms {
            let covered =
                term.words.map { word -> Int in
                    let tokens = word.split(separator: " ")
                    guard !tokens.isEmpty, tokens.count <= input.count else { return 0 }
                    let found = (0...(input.count - tokens.count)).contains { start in
                        zip(input[start..<(start + tokens.count)], tokens).allSatisfy(same)
                    }
                    return found ? tokens.count : 0
                }.max() ?? 0
            if covered > best {
                best = covered
                keys = [term.key]
            } else if covered > 0, covered == best {
                keys.append(term.key)
            }
        }
        return keys
    }

    /// Options with a word of four or more letters one typo away from the whole answer.
    private func typo(_ folded: String, _ terms: [Vocabulary.Terms]) -> [String] {
        terms.filter { term in
            term.words.contains { word in
                word.count >= 4 && EditDistance.isWithinOne(folded, word)
            }
        }.map(\.key)
    }
}

/// An option's number as typed: digits only, of any script ("3", "٣", "۳").
enum OptionNumber {
    static func parse(_ text: String) -> Int? {
        if let number = Int(text) { return number }
        guard !text.isEmpty, text.count <= 3 else { return nil }
        var number = 0
        for character in text {
            guard character.isNumber, let digit = character.wholeNumberValue, digit < 10 else { return nil }
            number = number * 10 + digit
        }
        return number
    }
}

/// Understands a typed answer to a number question: the one whole number in it, in range
/// ("19", "ich bin 19", "I'm 19 years old", "мне 19", "١٩").
enum NumberAnswer {
    static func parse(_ answer: String, min: Int, max: Int) -> Int? {
        var found: Int?
        var current: Int?
        for character in answer {
            if let digit = character.wholeNumberValue, character.isNumber, digit < 10 {
                if current == nil, found != nil { return nil }  // a second number
                current = appending(digit, to: current ?? 0)
            } else if let value = current {
                found = value
                current = nil
            }
        }
        guard let number = current ?? found, (min...max).contains(number) else { return nil }
        return number
    }

    /// `value * 10 + digit`, saturating at `Int.max` so that a huge number stays out of range.
    private static func appending(_ digit: Int, to value: Int) -> Int {
        let (shifted, overflowed) = value.multipliedReportingOverflow(by: 10)
        let (sum, carried) = shifted.addingReportingOverflow(digit)
        return overflowed || carried ? Int.max : sum
    }
}
