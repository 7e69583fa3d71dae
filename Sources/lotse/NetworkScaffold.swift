import ArgumentParser
import Foundation
import LotseDialog

/// The files of a new network's folder: network.yaml, partners.yaml with an entry per core
/// role, and a transcript per core role — built from the core's roles.yaml.
struct NetworkScaffold {
    let id: String
    let name: String
    let land: String
    let folder: URL
    /// The core roles, from roles.yaml.
    let coreRoles: [Role]

    init(id: String, name: String, land: String, dialogs: String) throws {
        guard Identifier.isValid(id) else { throw ValidationError("'\(id)' is no network id: use \(Identifier.rule)") }
        let root = URL(fileURLWithPath: dialogs)
        folder = root.appendingPathComponent("networks/\(id)")
        guard !FileManager.default.fileExists(atPath: folder.path) else {
            throw ValidationError("\(folder.path) exists already; a new network needs a folder of its own")
        }
        let dialog: Dialog
        do {
            dialog = try DialogLoader.load(directory: dialogs, networks: [])
        } catch {
            throw ValidationError("the core of \(dialogs) does not load; run lotse check first:\n\(error)")
        }
        guard dialog.lands.contains(land) else {
            throw ValidationError("'\(land)' is no Land code; use one of \(dialog.lands.joined(separator: ", "))")
        }
        self.id = id
        self.name = name
        self.land = land
        self.coreRoles = dialog.roles.filter(\.isCore)
    }

    /// Writes the folder; returns the paths written.
    func write() throws -> [String] {
        var written: [String] = []
        func save(_ text: String, _ relative: String) throws {
            let url = folder.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            written.append(url.path)
        }
        try save(networkFile, "network.yaml")
        try save(partnersFile, "partners.yaml")
        for role in coreRoles {
            if let walk = CoreRoleWalk.all[role.id] { try save(transcript(role, walk), "tests/\(role.id).chat") }
        }
        return written
    }

    /// The partner id of a core role's office: the kind of office first, the network last.
    func partnerID(_ role: String) -> String { "\(role)-\(id)" }

    var networkFile: String {
        """
        # \(name): who runs the JMD, and how the network works together (one or two lines).
        id: \(id)
        name: \(name)
        land: \(land)
        # Partners of the core that serve this network too (partners/shared.yaml), like a chamber.
        shared-partners: []
        # Every municipality the network serves, from a public page that lists them. Keys are
        # lower-case, unique in Germany (ä → ae, ß → ss); synonyms: parts of a town people name.
        places:
          # musterstadt:
          #   name: Musterstadt
          #   synonyms: [ortsteil]
          #   postcodes: ["12345"]
        sources:
          # - url: https://… (the page that lists the municipalities)
          #   checked: YYYY-MM-DD
          #   gives: [places]

        """
    }

    var partnersFile: String {
        var text = """
            # The offices of the \(name) network. Each core role has an entry: write the office's
            # German name, what it does in a short note (plain German, du-form), and each contact a
            # public page gives, with that page under sources:. What no page gives stays unknown.
            # Then add verified: with the day you checked. Roles: ../../roles.yaml.
            partners:

            """
        for role in coreRoles {
            text += """
                  # \(role.about)
                  - id: \(partnerID(role.id))
                    name: \(role.about.prefix { $0 != "–" && $0 != "(" }.trimmingCharacters(in: .whitespaces)) (\(name))
                    roles: [\(role.id)]
                    languages: [de]
                    address: unknown
                    phone: unknown
                    web: unknown
                    hours: unknown
                    sources: []
                    #  - url: https://…
                    #    checked: YYYY-MM-DD
                    #    gives: [address, phone]

                """
        }
        return text
    }

    func transcript(_ role: Role, _ walk: CoreRoleWalk) -> String {
        """
        # \(name): \(walk.situation) — the slip names the network's \(role.id).
        # Write a town of the network instead of Musterstadt.
        > nein
        > \(walk.age)
        > Musterstadt
        \(walk.answers.map { "> \($0)" }.joined(separator: "\n"))
        < REFER * \(partnerID(role.id)) *
        < END referred

        """
    }
}

/// For each core role, a walk of the young flow whose slip names it.
struct CoreRoleWalk {
    let situation: String
    let age: Int
    /// The answers after the place, by value key, in the order the young flow asks.
    let answers: [String]

    static let all: [String: CoreRoleWalk] = [
        "jmd": CoreRoleWalk(
            situation: "19, recognised refugee, not sure what next", age: 19,
            answers: ["refugee", "foreign-certificate", "a2", "unsure", "nein", "nein", "nein", "0", "de"]),
        "berufsberatung": CoreRoleWalk(
            situation: "19, recognised refugee, wants an Ausbildung", age: 19,
            answers: ["refugee", "foreign-certificate", "b1", "ausbildung", "unsure", "nein", "nein", "nein", "0", "de"]),
        "jobcenter": CoreRoleWalk(
            situation: "20, recognised refugee, needs money", age: 20,
            answers: ["refugee", "foreign-certificate", "a2", "job", "ja", "nein", "nein", "0", "de"]),
        "jugendamt": CoreRoleWalk(
            situation: "15, trouble at home", age: 15,
            answers: ["refugee", "attending", "a2", "unsure", "nein", "nein", "ja", "0", "de"]),
        "sozialamt": CoreRoleWalk(
            situation: "20, asylum procedure, needs money", age: 20,
            answers: ["asylum", "left-without", "a1", "language", "ja", "nein", "nein", "0", "de"]),
        "auslaenderbehoerde": CoreRoleWalk(
            situation: "20, Duldung, wants a job", age: 20,
            answers: ["duldung", "left-without", "a2", "job", "nein", "nein", "nein", "0", "de"]),
        "school-placement": CoreRoleWalk(
            situation: "13, without a school certificate", age: 13,
            answers: ["refugee", "left-without", "a1", "unsure", "nein", "nein", "nein", "0", "de"]),
        "schulamt": CoreRoleWalk(
            situation: "15, wants a school certificate", age: 15,
            answers: ["refugee", "attending", "a2", "school", "nein", "nein", "nein", "0", "de"]),
    ]
}
