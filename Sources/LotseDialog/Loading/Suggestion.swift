/// "Did you mean …?": the nearest candidate to a misspelt word.
enum Suggestion {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a typo.
    static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        let limit = max(1, word.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = EditDistance.between(word, candidate)
            if distance <= limit, distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }
}

/// Edit distance with adjacent transpositions (optimal string alignment), over Characters.
public enum EditDistance {
    public static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}

extension EditDistance {
    /// Whether `a` and `b` are at most one edit apart — one letter changed, added or left out,
    /// or two neighbours swapped — the same as `between(a, b) <= 1` over these elements, in
    /// one pass and without allocating: for a scan over many words.
    public static func isWithinOne<Element: Equatable>(_ a: some Collection<Element>, _ b: some Collection<Element>)
        -> Bool
    {
        if a.count < b.count { return isWithinOne(b, a) }
        guard a.count - b.count <= 1 else { return false }
        var i = a.startIndex
        var j = b.startIndex
        // The first difference.
        while j != b.endIndex, a[i] == b[j] {
            a.formIndex(after: &i)
            b.formIndex(after: &j)
        }
        if j == b.endIndex { return true }  // equal, or one letter more at the end of `a`
        let nextA = a.index(after: i)
        let nextB = b.index(after: j)
        if a.count > b.count { return a[nextA...].elementsEqual(b[j...]) }  // one letter more in `a`
        if a[nextA...].elementsEqual(b[nextB...]) { return true }  // one letter changed
        // Two neighbours swapped.
        guard nextA != a.endIndex, a[i] == b[nextB], a[nextA] == b[j] else { return false }
        return a[a.index(after: nextA)...].elementsEqual(b[b.index(after: nextB)...])
    }
}
