import Foundation
import Glibc
import LotseTestSupport
import Testing

/// The kiosk's end menu, driven in the real `lotse --kiosk` under a pseudo-terminal: each
/// number does what it says, in the person's language.
@Suite(.serialized) struct KioskEndMenuTerminalTests {
    /// A kiosk at `daemon` that opens in `language` (Enter on the start screen takes it).
    private func kiosk(_ daemon: Daemon, language: String, printerSpool spool: String? = nil) throws -> PseudoTerminal {
        let home = try spool ?? temporaryFolder()
        var arguments = ["--server", daemon.address, "--kiosk", "--lang", language]
        var path = "/usr/bin:/bin"
        if let spool {
            arguments += ["--printer", "Empfang"]
            path = "\(spool):" + path
        }
        let terminal = try PseudoTerminal(
            try Repository.product("lotse"), arguments,
            environment: ["TERM": "xterm", "HOME": home, "LANG": "C.UTF-8", "PATH": path])
        #expect(terminal.waitFor("Choose your language"))
        terminal.type("\r")
        return terminal
    }

    /// The QR lines drawn after `mark`.
    private func drawnCode(_ terminal: PseudoTerminal, after mark: Int) -> [String] {
        terminal.text(after: mark).split(separator: "\n").map { String($0.trimmingCharacters(in: .init(charactersIn: "\r"))) }
            .filter { line in !line.isEmpty && line.allSatisfy { "█▀▄ ".contains($0) } && line.contains("█") }
    }

    @Test func theMenuComesInUkrainianAndOneShowsTheCodeForThePhone() throws {
        let daemon = try Daemon(dialogs: Repository.bundledDialogs)
        defer { daemon.stop() }
        let terminal = try kiosk(daemon, language: "uk")
        #expect(terminal.waitFor("Ти зараз у небезпеці"))
        var mark = terminal.mark
        terminal.type("1\r")  // in danger: the emergency contacts at once, and the end
        #expect(terminal.waitFor("Що далі? Напиши число й натисни Enter:", after: mark))
        #expect(terminal.waitFor("2) Почати спочатку", after: mark))
        let menu = terminal.text(after: mark)
        #expect(menu.contains("1) QR-код для телефона"))
        #expect(!menu.contains("Надрукувати"), "no printing without --printer")
        #expect(!menu.contains("/qr покаже"), "the menu replaces the hint under the slip")
        mark = terminal.mark
        terminal.type("1\r")
        #expect(terminal.waitFor("Коли прочитаєш, натисни Enter.", after: mark), "\(terminal.text(after: mark))")
        let text = try QRDecoder.decoded(drawnCode(terminal, after: mark))
        #expect(text.contains("Notruf") && text.contains("112"), "\(text)")
        mark = terminal.mark
        terminal.type("\r")
        #expect(terminal.waitFor("Choose your language", after: mark), "Enter alone still finishes")
        #expect(terminal.output(after: mark).contains("\u{1B}[H\u{1B}[2J\u{1B}[3J"))
        terminal.signal(SIGTERM)
        #expect(terminal.waitForExit() == 0)
    }

    @Test func twoPrintsTheSlipWhereThereIsAPrinter() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let lp = try LpStandIn()
        let spool = lp.folder
        let terminal = try kiosk(daemon, language: "en", printerSpool: spool)
        #expect(terminal.waitFor("Are you in trouble?"))
        var mark = terminal.mark
        terminal.type("1\r")
        #expect(terminal.waitFor("What next? Type a number and press Enter:", after: mark))
        #expect(terminal.waitFor("3) Start over", after: mark))
        #expect(terminal.text(after: mark).contains("2) Print it on paper"))
        mark = terminal.mark
        terminal.type("2\r")
        #expect(terminal.waitFor("The overview is being printed.", after: mark))
        #expect(terminal.waitFor("3) Start over", after: mark), "the menu again")
        #expect(try lp.arguments() == "-d Empfang -t Lotse\n")
        let job = try lp.job()
        #expect(job.hasPrefix("Lotse\n") && job.contains("1. "), "\(job)")
        #expect(!job.contains("\u{1B}"), "plain text for paper")
        terminal.signal(SIGTERM)
        #expect(terminal.waitForExit() == 0)
    }

    @Test func startOverReturnsToTheLanguageChoiceWithAFreshSession() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let terminal = try kiosk(daemon, language: "en")
        #expect(terminal.waitFor("Are you in trouble?"))
        var mark = terminal.mark
        terminal.type("1\r")
        #expect(terminal.waitFor("2) Start over", after: mark))
        mark = terminal.mark
        terminal.type("2\r")
        #expect(terminal.waitFor("Choose your language", after: mark))
        #expect(terminal.output(after: mark).contains("\u{1B}[H\u{1B}[2J\u{1B}[3J"), "the screen and scrollback are wiped")
        mark = terminal.mark
        terminal.type("1\r")
        #expect(terminal.waitFor("Bist du in Not?", after: mark), "a new conversation from the start")
        terminal.signal(SIGTERM)
        #expect(terminal.waitForExit() == 0)
    }
}
