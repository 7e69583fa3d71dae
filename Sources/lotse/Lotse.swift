import ArgumentParser

/// `lotse`: the chat client and the authors' tools for the Dialogs knowledge base.
@main
struct Lotse: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lotse",
        abstract: "Lotse, the referral assistant for young newcomers: chat, and tools for the Dialogs.",
        discussion: """
            The Dialogs directory defaults to $LOTSE_DIALOGS, else ./Dialogs.
            """,
        subcommands: [
            ChatCommand.self, CheckCommand.self, TestCommand.self, PathsCommand.self, GraphCommand.self,
            TranslationsCommand.self, ReportCommand.self, NetworkCommand.self, ReviewCommand.self,
        ],
        defaultSubcommand: ChatCommand.self
    )
}
