import ArgumentParser
import Foundation
import LotseDialog

/// `lotse translations LANG [--network ID]`: the translation file of one language as it should
/// be — every German text id in the order the German texts stand, each translation with the
/// hash of the German text it was made from — for a translator to fill in and save as the
/// core's texts/LANG.yaml, or a network's networks/ID/texts/LANG.yaml.
struct TranslationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translations",
        abstract: "Print texts/LANG.yaml with every text id, its German source and the source hashes.",
        discussion: """
            Each translated text records the hash of the German text it was made from \
            (`source:`); when the German text changes, `lotse check` reports the translation \
            as stale. Texts still missing are printed as comments with their German text and \
            hash; a stale one keeps its old hash and shows the German text it must now follow. \
            With --stamp, translations that have no hash yet get the current one: use it once \
            you have checked that they say what the German says.
            """
    )

    @Argument(help: "The language code, e.g. fa.")
    var language: String

    @OptionGroup var dialogs: DialogsOption

    @Option(help: "The network whose own texts (its partners' notes, its rules' reasons) to print; without it, the core's.")
    var network: String?

    @Flag(help: "Record the current German hash for translations that have none.")
    var stamp = false

    func run() throws {
        let dialog = try DialogLoader.load(directory: dialogs.directory, networks: network.map { [$0] })
        guard dialog.offers(language: language), language != dialog.sourceLanguage else {
            throw ValidationError("'\(language)' is not a translated language of the dialog; add it to dialog.yaml first")
        }
        let owner = network.flatMap { dialog.networkIndex[$0] }
        print(TranslationFileWriter(dialog: dialog, language: language, network: owner, stamp: stamp).render(), terminator: "")
    }
}

/// Writes a translation file: JSON-quoted strings (valid YAML, any character escaped).
struct TranslationFileWriter {
    let dialog: Dialog
    let language: String
    /// The network whose texts to write; nil: the core's.
    let network: Network?
    let stamp: Bool

    func render() -> String {
        let name = dialog.languages.first { $0.code == language }?.name ?? language
        var out =
            "# \(name). Keys are text ids (docs/dialogs.md); partner names stay German. `source` is the\n"
            + "# hash of the German text each translation was made from (`lotse translations \(language)`).\n"
            + "language: \(language)\ntexts:\n"
        let german = dialog.texts.tables[dialog.sourceLanguage] ?? [:]
        let translated = dialog.texts.tables[language] ?? [:]
        // A text belongs where its German text stands: in a network's folder or in the core.
        let own = german.filter { _, source in
            network.map { $0.owns(source.location) } ?? !dialog.networks.contains { $0.owns(source.location) }
        }
        for (id, source) in own.sorted(by: { ($0.value.location, $0.key) < ($1.value.location, $1.key) }) {
            let hash = TextHash.of(source.text)
            guard let entry = translated[id] else {
                out += "  # missing \(id) (source: \(hash)): \(Self.oneLine(source.text))\n"
                continue
            }
            let recorded = entry.sourceHash ?? (stamp ? hash : nil)
            if let recorded, recorded != hash {
                out += "  # stale: the German is now (source: \(hash)): \(Self.oneLine(source.text))\n"
            }
            var fields = ["text: \(Self.quoted(entry.text))"]
            if !entry.synonyms.isEmpty { fields.append("synonyms: [\(entry.synonyms.map(Self.quoted).joined(separator: ", "))]") }
            if let recorded { fields.append("source: \(recorded)") }
            out += "  \(Self.key(id)): { \(fields.joined(separator: ", ")) }\n"
        }
        return out
    }

    /// A text as a double-quoted YAML scalar.
    static func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let data = try? encoder.encode(text)
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }

    /// A key, quoted when YAML would read it as something else (`msg.yes`, `msg.no` stay plain).
    private static func key(_ id: String) -> String {
        ["yes", "no", "true", "false", "on", "off", "null"].contains(id) ? quoted(id) : id
    }

    private static func oneLine(_ text: String) -> String {
        text.split(separator: "\n").joined(separator: " / ")
    }
}
