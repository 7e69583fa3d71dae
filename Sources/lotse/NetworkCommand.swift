import ArgumentParser

/// `lotse network`: tools for one network's folder.
struct NetworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "Tools for a network's folder (Dialogs/networks/ID).",
        subcommands: [NewNetworkCommand.self]
    )
}

/// `lotse network new ID --name "…" --land CODE`: the folder of a new network, ready to fill.
struct NewNetworkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Make the folder of a new network, with an entry to fill for each core role.",
        discussion: """
            Writes Dialogs/networks/ID/: network.yaml (the municipalities to list, with the page \
            that lists them), partners.yaml (one entry per core role of roles.yaml, every \
            contact unknown, with a sources: skeleton), and a transcript per core role in \
            tests/. Nothing outside the folder changes. Then `lotse check --network ID` lists \
            exactly what is left to fill. docs/networks.md walks through it.
            """
    )

    @Argument(help: "The network's id: lower-case letters, digits and hyphens, like coburg or kreis-olpe.")
    var id: String

    @Option(help: "The network's name as people say it, like \"Landkreis Coburg\".")
    var name: String

    @Option(help: "The two-letter code of its Land: bw by be bb hb hh he mv ni nw rp sl sn st sh th.")
    var land: String

    @OptionGroup var dialogs: DialogsOption

    func run() throws {
        let scaffold = try NetworkScaffold(id: id, name: name, land: land, dialogs: dialogs.directory)
        for path in try scaffold.write() { print("wrote \(path)") }
        print("next: list the places in network.yaml, fill the partners from public pages, then `lotse check --network \(id)`")
    }
}
