import ArgumentParser
import Foundation
import Logging
import LotseChat
import LotseClient
import LotseDialog
import LotseServer

/// `lotse [chat]`: talk to the assistant at a terminal (readline), in a pipe, or as a kiosk.
struct ChatCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Chat with the assistant (the default: a bare `lotse` chats).",
        discussion: """
            Connects to lotsed at --server. When nothing listens at 127.0.0.1:4747 and no \
            --server was given, lotse starts the server in this process (Dialogs from \
            $LOTSE_DIALOGS, else ./Dialogs) and says so. Answer with an option's number or \
            its words; Tab completes options and /commands; /help lists the commands. \
            When standard input is no terminal, lotse reads plain lines and writes plain \
            text. --kiosk runs a drop-in terminal: a start screen to choose the language, \
            a fresh session for every person, no history, Esc Esc or /x to leave at once; \
            the operator stops it with SIGTERM. See docs/client.md.
            """
    )

    @Option(help: ArgumentHelp("The daemon's address (default: 127.0.0.1:4747, else a server in this process).", valueName: "host:port"))
    var server: ServerAddress?

    @Option(help: ArgumentHelp("Switch to this language after the greeting (kiosk: the start screen's default).", valueName: "code"))
    var lang: String?

    @Flag(help: "Run as a kiosk for a shared drop-in terminal.")
    var kiosk = false

    @OptionGroup var transport: TLSOption

    @Option(help: ArgumentHelp("Kiosk: the CUPS printer /print sends the slip to (lp -d NAME).", valueName: "name"))
    var printer: String?

    @Option(help: ArgumentHelp("Write the session as a transcript that `lotse test` runs.", valueName: "file"))
    var record: String?

    /// Where `lotsed` listens by default.
    private static let standard = ServerAddress(host: "127.0.0.1")

    func validate() throws {
        if transport.tls, server == nil { throw ValidationError("--tls needs --server: the daemon this chat would start is local") }
        if printer != nil, !kiosk { throw ValidationError("--printer belongs to a kiosk: add --kiosk") }
        if kiosk, record != nil { throw ValidationError("--kiosk keeps nothing a person typed: it cannot --record") }
        if kiosk, !Terminal.isTerminal(STDIN_FILENO) { throw ValidationError("--kiosk needs a terminal") }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let isTerminal = Terminal.isTerminal(STDIN_FILENO) && Terminal.isTerminal(STDOUT_FILENO)
        var options = ChatClient.Options(
            server: server ?? Self.standard, language: lang?.lowercased(),
            mode: kiosk ? .kiosk(printer: printer.map(SlipPrinter.init)) : .personal,
            style: .detect(isTerminal: isTerminal, environment: environment), tls: try transport.client())
        // Without --server, whether a daemon listens at the default address decides; the
        // connection that finds out is the chat's.
        let found = server == nil ? try? LineSocket.connect(host: Self.standard.host, port: Self.standard.port, timeout: .seconds(2)) : nil
        if server != nil || found != nil {
            let code = await Self.chat(options, connection: found, record: record, isTerminal: isTerminal, environment: environment)
            if code != 0 { throw ExitCode(code) }
            return
        }
        let directory = DialogsDirectory.resolve(nil)
        let configuration = ServerConfiguration(dialogsDirectory: directory, host: "127.0.0.1", port: 0)
        let silent = Logger(label: "lotse.server") { _ in SwiftLogNoOpLogHandler() }
        let code: Int32
        do {
            code = try await LotseServer.withRunning(configuration, logger: silent) { running in
                options.server = ServerAddress(host: running.host, port: running.port)
                Terminal.write("No lotsed at \(Self.standard): started one in this process on \(options.server) (Dialogs: \(directory)).\n")
                return await Self.chat(options, connection: nil, record: record, isTerminal: isTerminal, environment: environment)
            }
        } catch {
            print("lotse: no lotsed at \(Self.standard), and no server could start here:\n\(error)")
            throw ExitCode(1)
        }
        if code != 0 { throw ExitCode(code) }
    }

    /// Runs the chat loop on the main thread (readline and `poll()` block; the cooperative
    /// pool must stay free for an in-process server).
    private static func chat(
        _ options: ChatClient.Options, connection: LineSocket?, record: String?, isTerminal: Bool, environment: [String: String]
    ) async -> Int32 {
        await MainActor.run {
            let recorder: Recorder?
            do {
                recorder = try record.map { path throws(RecorderError) in try Recorder(path: path, server: options.server) }
            } catch {
                print("lotse: \(error)")
                return 1
            }
            Signals.install(kiosk: options.mode.isKiosk)
            let interface: any ChatInterface =
                isTerminal
                ? LineEditor(
                    prompt: "> ", history: options.mode.keepsHistory, historyPath: HistoryFile.path(environment: environment),
                    quickExitKeys: options.mode.hasQuickExit)
                : PipeInterface()
            return ChatClient(options: options, interface: interface, recorder: recorder, connection: connection).run()
        }
    }
}
