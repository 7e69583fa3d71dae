import ArgumentParser
import Foundation
import LotseDialog

/// `lotse review --network ID [--format md|html]`: the sheet for the network's meeting.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Print the review sheet of a network for its meeting (Markdown or HTML).",
        discussion: """
            Per partner: its entry as the slip shows it, the pages its facts come from and how \
            old they are, what is still unknown, the rules that name it and in how many of the \
            network's situations (as lotse paths --network explores them). Per rule: its basis, \
            source and the day it was last reviewed.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html
    }

    @Option(help: "The network (its folder name under networks/).")
    var network: String

    @Option(help: "md (Markdown) or html (a page to print).")
    var format: Format = .md

    @OptionGroup var dialogs: DialogsOption

    func run() throws {
        let dialog = try DialogLoader.load(directory: dialogs.directory, networks: [network])
        guard let found = dialog.networkIndex[network] else { throw ValidationError("no network '\(network)'") }
        let sheet = ReviewSheet(dialog: dialog, network: found, today: Date())
        print(format == .md ? sheet.markdown() : sheet.html(), terminator: "")
    }
}
