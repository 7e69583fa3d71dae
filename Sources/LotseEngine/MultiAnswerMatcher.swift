import LotseDialog

/// Understands an answer to a multi question ("which of these apply?"): the options listed by
/// number, key or label, separated by spaces or commas ("1 3", "2, Schulden"), or a single
/// option written out; `0` or the dialog's word for "none" says that none applies.
struct MultiAnswerMatcher {
    /// What an answer was understood as.
    enum Match: Equatable {
        /// The keys of the options that apply; empty when none does.
        case chosen(Set<String>)
        /// Not understood; how the whole answer matched a single option.
        case unclear(AnswerMatcher.Match)
    }

    /// Matches one option, as for a choice question.
    let options: AnswerMatcher
    /// The folded words that say "none of these".
    let noneWords: Set<String>

    func match(_ answer: String) -> Match {
        let folded = Normalization.fold(answer)
        if noneWords.contains(folded) || OptionNumber.parse(folded) == 0 { return .chosen([]) }
        let whole = options.match(answer)
        if case .value(let key) = whole { return .chosen([key]) }
        let parts = answer.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "،" })
        if parts.count > 1, let keys = each(parts) { return .chosen(keys) }
        let words = folded.split(separator: " ")
        if words.count > 1, let keys = each(words) { return .chosen(keys) }
        return .unclear(whole)
    }

    /// The option of every part, or nil when one of them is not clearly one option.
    private func each(_ parts: [Substring]) -> Set<String>? {
        var keys = Set<String>()
        for part in parts {
            guard case .value(let key) = options.match(String(part)) else { return nil }
            keys.insert(key)
        }
        return keys
    }
}
