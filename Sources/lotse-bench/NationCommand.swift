import ArgumentParser
import Foundation
import LotseDialog

/// `lotse-bench nation --networks N --out DIR`: a copy of the bundled Dialogs with N invented
/// networks on top, to measure Lotse at the scale of all of Germany's ~430 JMD networks.
/// Clearly fake ("Testkreis 017", "Testdorf 017-03", every contact unknown): never bundled,
/// never shown to a person. What it writes passes `lotse check --strict`.
struct NationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nation",
        abstract: "Write the bundled Dialogs plus N synthetic networks (for benchmarks only).")

    @Option(help: "How many synthetic networks to add.")
    var networks = 430

    @Option(help: "Where to write the copy (must not exist).")
    var out: String

    @Option(help: "The Dialogs to copy.")
    var dialogs = "Dialogs"

    func run() throws {
        guard !FileManager.default.fileExists(atPath: out) else { throw ValidationError("\(out) exists already") }
        // The Lands a network may name are the core's land slot's.
        let lands = try DialogLoader.load(directory: dialogs, networks: []).lands
        try FileManager.default.copyItem(atPath: dialogs, toPath: out)
        for number in 1...max(1, networks) {
            try SyntheticNetwork(number: number, land: lands[number % lands.count])
                .write(into: URL(fileURLWithPath: out).appendingPathComponent("networks"))
        }
        print("wrote \(networks) synthetic networks into \(out)/networks")
    }
}

/// One invented network of realistic size: 15 municipalities, 10 offices (the core roles, a
/// housing help, a women's shelter, and the Land's school office where its Land needs
/// one), notes in every language, a transcript.
struct SyntheticNetwork {
    let number: Int
    /// Its Land's code.
    let land: String
    static let languages = ["en", "ru", "uk", "pl", "tr", "ar", "fa"]
    static let note = "Ein erfundener Testeintrag, nur zum Messen."

    var id: String { "testkreis-\(tag)" }
    var tag: String { String(format: "%03d", number) }

    /// The roles of its offices: the core roles, two more, and the school role its Land's law names.
    var roles: [String] {
        [
            "jmd", "berufsberatung", "jobcenter", "jugendamt", "sozialamt", "auslaenderbehoerde", "school-placement", "schulamt",
            "housing-help", "women-shelter",
        ]
            + (land == "by" ? ["berufsintegration"] : land == "nw" ? ["berufskolleg"] : [])
    }

    func write(into networks: URL) throws {
        let folder = networks.appendingPathComponent(id)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("texts"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("tests"), withIntermediateDirectories: true)
        try networkFile.write(to: folder.appendingPathComponent("network.yaml"), atomically: true, encoding: .utf8)
        try partnersFile.write(to: folder.appendingPathComponent("partners.yaml"), atomically: true, encoding: .utf8)
        for language in Self.languages {
            try translations(language).write(
                to: folder.appendingPathComponent("texts/\(language).yaml"), atomically: true, encoding: .utf8)
        }
        try transcript.write(to: folder.appendingPathComponent("tests/jmd.chat"), atomically: true, encoding: .utf8)
    }

    var networkFile: String {
        var text = "# Synthetic, for benchmarks only.\nid: \(id)\nname: Testkreis \(tag)\nland: \(land)\nplaces:\n"
        for place in 1...15 {
            let key = String(format: "testdorf-\(tag)-%02d", place)
            text += "  \(key):\n    name: Testdorf \(tag)-\(String(format: "%02d", place))\n"
            text += "    synonyms: [testort \(tag) \(place)]\n"
        }
        // Every 43rd network has a Neustadt, so that the place question meets a shared name.
        if number % 43 == 0 { text += "  neustadt-testkreis-\(tag):\n    name: Neustadt\n" }
        text += "sources:\n  - url: https://example.org/\(id)\n    checked: 2026-12-07\n    gives: [places]\nverified: 2026-12-07\n"
        return text
    }

    var partnersFile: String {
        var text = "# Synthetic, for benchmarks only: every contact unknown.\npartners:\n"
        for role in roles {
            text += """
                  - id: \(role)-\(id)
                    name: Teststelle \(role) \(tag)
                    roles: [\(role)]
                    languages: [de]
                    address: unknown
                    phone: unknown
                    web: unknown
                    hours: unknown
                    note: \(Self.note)
                    verified: 2026-12-07

                """
        }
        return text
    }

    func translations(_ language: String) -> String {
        let hash = TextHash.of(Self.note)
        return "language: \(language)\ntexts:\n"
            + roles.map { "  partner.\($0)-\(id).note: { text: \"Test entry \(tag).\", source: \(hash) }\n" }.joined()
    }

    var transcript: String {
        "# Synthetic: a young person in Testkreis \(tag) gets its JMD first.\n> nein\n> 19\n> Testdorf \(tag)-01\n"
            + "> refugee\n> foreign-certificate\n> a2\n> unsure\n> nein\n> nein\n> nein\n> 0\n> de\n< REFER 1 jmd-\(id) *\n"
    }
}
