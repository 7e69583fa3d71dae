import Foundation

/// The words a person may answer with, per language and slot, normalised once when the
/// Dialogs load so that matching an answer costs no folding of labels.
public struct Vocabulary: Sendable {
    /// The words for one value of a slot in one language.
    public struct Terms: Sendable {
        public let key: String
        /// The label as shown (`OPT` lines).
        public let label: String
        /// The normalised label and synonyms.
        public let words: [String]
    }

    /// language code → slot id → one `Terms` per value, in the slot's order.
    public let terms: [String: [String: [Terms]]]

    /// The folded words, in every language, that answer a multi question with "none of these"
    /// (`msg.none`, its label and synonyms).
    public let noneWords: Set<String>

    public init(terms: [String: [String: [Terms]]], noneWords: Set<String> = []) {
        self.terms = terms
        self.noneWords = noneWords
    }

    /// The terms for `slot` in `language`.
    public func terms(for slot: String, in language: String) -> [Terms] {
        terms[language]?[slot] ?? []
    }
}

/// Folding of answers and labels: lower case, no accents, single spaces, punctuation off the ends.
public enum Normalization {
    /// `"  Kreis Siegen-Wittgenstein! "` → `"kreis siegen-wittgenstein"`; `"Ünye"` → `"unye"`.
    public static func fold(_ text: String) -> String {
        text.utf8.allSatisfy { $0 < 0x80 } ? foldASCII(text) : foldScalars(text)
    }

    /// The general fold: Unicode lower case, canonical decomposition, marks dropped.
    static func foldScalars(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.properties.isWhitespace || isSeparatorPunctuation(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(mapped(scalar))
        }
        return String(out)
    }

    /// The same fold for ASCII text (most typed answers), byte by byte without Foundation.
    static func foldASCII(_ text: String) -> String {
        // Written straight into the string: a short answer stays a small string, no heap.
        String(unsafeUninitializedCapacity: text.utf8.count) { out in
            var count = 0
            var pendingSpace = false
            for byte in text.utf8 {
                switch byte {
                case 0x09...0x0D, UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "?"),
                    UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"):
                    pendingSpace = count > 0
                default:
                    if pendingSpace {
                        out[count] = UInt8(ascii: " ")
                        count += 1
                        pendingSpace = false
                    }
                    out[count] = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
                    count += 1
                }
            }
            return count
        }
    }

    /// The words of an answer, folded.
    public static func words(_ text: String) -> [String] {
        fold(text).split(separator: " ").map(String.init)
    }

    private static func isSeparatorPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", ",", "!", "?", ";", ":", "\"", "'", "(", ")", "«", "»", "„", "“", "”", "‘", "’", "…", "¿", "¡", "،", "؟":
            return true
        default:
            return false
        }
    }

    /// Letters that do not decompose but people type without their mark.
    private static func mapped(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "ß": "s"
        case "ł": "l"
        case "ı": "i"
        case "ø": "o"
        case "đ": "d"
        default: scalar
        }
    }
}
