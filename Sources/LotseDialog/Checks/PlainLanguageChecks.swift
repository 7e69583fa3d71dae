/// Plain German (A2) in every German text a person reads: sentences short enough to follow,
/// and no long compound word the dialog does not explain. The terms it explains somewhere (in
/// a bracket, or a sentence of their own) are listed once under `explained-terms` in
/// dialog.yaml; a word that starts with one of them passes too ("Lehrstellenbörsen").
enum PlainLanguage {
    /// The most words a sentence may have.
    static let maximumWords = 20
    /// Words of this many letters or more are hard to read unless explained.
    static let longWord = 18

    static func check(_ dialog: Dialog) -> [Diagnostic] {
        let german = dialog.texts.tables[dialog.sourceLanguage] ?? [:]
        let explained = dialog.explainedTerms.map { $0.lowercased() }
        var findings: [Diagnostic] = []
        for (id, entry) in german.sorted(by: { $0.value.location < $1.value.location }) {
            for sentence in sentences(of: entry.text) where sentence.count > maximumWords {
                findings.append(
                    .warning(
                        "'\(id)': a sentence of \(sentence.count) words (\(sentence.prefix(4).joined(separator: " ")) …); "
                            + "plain German keeps them under \(maximumWords + 1)", at: entry.location))
            }
            for word in words(of: entry.text) where word.count >= longWord {
                let lowered = word.lowercased()
                guard !explained.contains(where: { lowered.hasPrefix($0) }) else { continue }
                findings.append(
                    .warning(
                        "'\(id)': the long word '\(word)' is hard to read; use a simpler one, or explain it "
                            + "and add it to 'explained-terms' in dialog.yaml", at: entry.location))
            }
        }
        return findings
    }

    /// The sentences of a text, each as its words (ended by . ! ? : or a line break).
    private static func sentences(of text: String) -> [[Substring]] {
        text.split(whereSeparator: { ".!?:\n".contains($0) })
            .map { $0.split(whereSeparator: { $0 == " " || $0 == "–" }).filter { $0.contains(where: \.isLetter) } }
    }

    /// The words of a text, letters only, parts of hyphenated words apart ("Siegen-Wittgenstein").
    private static func words(of text: String) -> [Substring] {
        text.split(whereSeparator: { !$0.isLetter })
    }
}
