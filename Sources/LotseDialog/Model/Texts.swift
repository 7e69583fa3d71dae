/// One text in one language: what is shown, the extra words a person may type for it, and —
/// for a translation — the hash of the German text it was made from.
public struct TextEntry: Sendable {
    public let text: String
    public let synonyms: [String]
    /// `source:` of a translation: the `TextHash` of the German text it translates.
    public let sourceHash: String?
    public let location: SourceLocation

    public init(text: String, synonyms: [String] = [], sourceHash: String? = nil, location: SourceLocation) {
        self.text = text
        self.synonyms = synonyms
        self.sourceHash = sourceHash
        self.location = location
    }
}

/// Every text of the dialog, by language and text id; German is the source every other
/// language falls back to.
public struct Texts: Sendable {
    /// The source language's code (`de`).
    public let sourceLanguage: String
    /// language code → text id → entry; includes the source language.
    public let tables: [String: [String: TextEntry]]

    public init(sourceLanguage: String, tables: [String: [String: TextEntry]]) {
        self.sourceLanguage = sourceLanguage
        self.tables = tables
    }

    /// The entry for `id` in `language`, falling back to the source language.
    public func entry(_ id: String, in language: String) -> TextEntry? {
        tables[language]?[id] ?? tables[sourceLanguage]?[id]
    }

    /// The text for `id` in `language`, falling back to the source language, then to the id.
    public func text(_ id: String, in language: String) -> String {
        entry(id, in: language)?.text ?? id
    }

    /// The German source text for `id`, if there is one.
    public func source(_ id: String) -> String? {
        tables[sourceLanguage]?[id]?.text
    }
}

/// A short, stable hash of a text (FNV-1a, 32 bits, hex), stored with translations to notice
/// when the German source has changed since.
public enum TextHash {
    public static func of(_ text: String) -> String {
        let hash = FNV1a.hash32(text.utf8)
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}

/// The FNV-1a hash: tiny, stable across runs and platforms (unlike `Hasher`).
enum FNV1a {
    static func hash32(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in bytes {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        return hash
    }

    static func hash64(_ bytes: some Sequence<UInt8>, seed: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64 {
        var hash = seed
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
