import LotseWire

/// The referral slip as the text of a QR code, for a person to take along on their phone: the
/// partners in order, how to reach each, and the first reason in one line, with the field
/// names in the person's language and in German. When that is too long for a code that fits
/// the screen, a shorter text in the person's language is encoded instead — a title, and per
/// partner its name, a few words of what it is for and its phone — and when even that is too
/// long, the names and phone numbers alone; never a part of a code. Nothing the person typed
/// goes into it beyond what the slip shows. In Arabic and Persian every line of the whole and the
/// short text starts with a right-to-left mark (`TextDirection`).
public enum SlipCode {
    /// The code for `slip` that fits a screen of `columns` × `lines` (at least the 80 × 24 of a
    /// plain terminal), and the text it holds; nil when even the shortest text does not fit.
    public static func code(for slip: Slip, language: String, columns: Int, lines: Int) -> (code: QRCode, text: String)? {
        // Half blocks: a module a column, two module rows a line, the quiet zone around.
        code(for: slip, language: language, maximumSize: min(columns, 2 * lines) - 2 * QRCode.quietZone)
    }

    /// The code for `slip` with at most `maximumSize` modules a side, and the text it holds:
    /// the whole slip if it fits, else the short text in the person's language, else the names
    /// and phone numbers; nil when none does.
    public static func code(for slip: Slip, language: String, maximumSize: Int) -> (code: QRCode, text: String)? {
        for text in [fullText(slip, language: language), shortText(slip, language: language), namesAndPhones(slip)] {
            if let code = QRCode(text: text, maximumSize: maximumSize) { return (code, text) }
        }
        return nil
    }

    /// Every partner with its first reason and every way to reach it.
    static func fullText(_ slip: Slip, language: String) -> String {
        let texts = ClientTexts.forLanguage(language)
        let german = ClientTexts.forLanguage("de")
        var lines: [String] = []
        for entry in slip.entries {
            lines.append("\(entry.rank). \(entry.name)")
            if let reason = reason(entry) { lines.append(reason) }
            for fact in entry.facts where contactFields.contains(fact.field) {
                guard let name = texts.label(forField: fact.field), let germanName = german.label(forField: fact.field) else { continue }
                lines.append((name == germanName ? name : "\(name) · \(germanName)") + ": " + fact.value)
            }
        }
        return joined(lines, language: language)
    }

    /// A title in the person's language, then every partner's name, what it is for in a few of
    /// the person's words (its first reason, cut) and its phone number, names and numbers
    /// without what stands in brackets.
    static func shortText(_ slip: Slip, language: String) -> String {
        var lines = [ClientTexts.forLanguage(language).qrTitle]
        for entry in slip.entries {
            lines.append("\(entry.rank). \(unbracketed(entry.name))")
            if let reason = reason(entry) { lines.append(shortened(reason)) }
            if let phone = phone(entry) { lines.append(phone) }
        }
        return joined(lines, language: language)
    }

    /// Every partner's name and its phone number, each without what stands in brackets, one
    /// a line in the slip's order (an 80 × 24 screen holds a code of about 130 bytes).
    static func namesAndPhones(_ slip: Slip) -> String {
        slip.entries.map { entry in
            unbracketed(entry.name) + (phone(entry).map { ": \($0)" } ?? "")
        }.joined(separator: "\n")
    }

    /// `text` up to the end of its last word within `limit` characters, followed by "…" (a
    /// comma or dash the cut leaves at the end dropped); `text` itself when it is no longer.
    static func shortened(_ text: String, to limit: Int = 40) -> String {
        guard text.count > limit else { return text }
        var kept = ""
        for word in text.split(separator: " ") {
            guard kept.count + (kept.isEmpty ? 0 : 1) + word.count <= limit else { break }
            kept += (kept.isEmpty ? "" : " ") + word
        }
        if kept.isEmpty { kept = String(text.prefix(limit - 1)) }
        while let last = kept.last, " ,;:–-".contains(last) { kept.removeLast() }
        return kept + "…"
    }

    /// The first reason in the person's language (the German one beside it starts "(de) ").
    private static func reason(_ entry: Slip.Entry) -> String? {
        entry.reasons.first { !$0.hasPrefix("(de) ") }
    }

    /// The partner's phone number without what stands in brackets.
    private static func phone(_ entry: Slip.Entry) -> String? {
        entry.facts.first { $0.field == .known(.phone) }.map { unbracketed($0.value) }
    }

    /// `lines` one a line, each marked right to left where `language` runs so.
    private static func joined(_ lines: [String], language: String) -> String {
        lines.map { TextDirection.marked($0, language: language) }.joined(separator: "\n")
    }

    /// `text` up to its first bracket ("0800 4 5555 00 (kostenlos …)" → "0800 4 5555 00").
    private static func unbracketed(_ text: String) -> String {
        text.split(separator: "(", maxSplits: 1, omittingEmptySubsequences: false).first.map { $0.trimmingSpaces() } ?? text
    }

    private static let contactFields: [ProtocolValue<InfoField>] = [.known(.address), .known(.phone), .known(.web), .known(.hours)]
}
