import LotseWire

/// The referral slip as the text of a QR code, for a person to take along on their phone: the
/// partners in order, how to reach each, and the first reason in one line, with the field
/// names in the person's language and in German. When that is too long for a code that fits
/// the screen, a shorter text — the names and phone numbers — is encoded instead, never a part
/// of a code. Nothing the person typed goes into it beyond what the slip shows.
public enum SlipCode {
    /// The code for `slip` that fits a screen of `columns` × `lines` (at least the 80 × 24 of a
    /// plain terminal), and the text it holds; nil when even the short text does not fit.
    public static func code(for slip: Slip, language: String, columns: Int, lines: Int) -> (code: QRCode, text: String)? {
        // Half blocks: a module a column, two module rows a line, the quiet zone around.
        code(for: slip, language: language, maximumSize: min(columns, 2 * lines) - 2 * QRCode.quietZone)
    }

    /// The code for `slip` with at most `maximumSize` modules a side, and the text it holds:
    /// the whole slip if it fits, else the short text; nil when neither does.
    public static func code(for slip: Slip, language: String, maximumSize: Int) -> (code: QRCode, text: String)? {
        for text in [fullText(slip, language: language), shortText(slip)] {
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
            if let reason = entry.reasons.first(where: { !$0.hasPrefix("(de) ") }) { lines.append(reason) }
            for fact in entry.facts where contactFields.contains(fact.field) {
                guard let name = texts.label(forField: fact.field), let germanName = german.label(forField: fact.field) else { continue }
                lines.append((name == germanName ? name : "\(name) · \(germanName)") + ": " + fact.value)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Every partner's name and its phone number, each without what stands in brackets, one
    /// a line in the slip's order (an 80 × 24 screen holds a code of about 130 bytes).
    static func shortText(_ slip: Slip) -> String {
        slip.entries.map { entry in
            let phone = entry.facts.first { $0.field == .known(.phone) }?.value
            return unbracketed(entry.name) + (phone.map { ": \(unbracketed($0))" } ?? "")
        }.joined(separator: "\n")
    }

    /// `text` up to its first bracket ("0800 4 5555 00 (kostenlos …)" → "0800 4 5555 00").
    private static func unbracketed(_ text: String) -> String {
        text.split(separator: "(", maxSplits: 1, omittingEmptySubsequences: false).first.map { $0.trimmingSpaces() } ?? text
    }

    private static let contactFields: [ProtocolValue<InfoField>] = [.known(.address), .known(.phone), .known(.web), .known(.hours)]
}
