import Foundation
import Glibc
import LotseTestSupport
import Testing

/// The real `lotse` under a pseudo-terminal, against a `lotsed` started for each test on
/// the mini dialog (de, en).
@Suite(.serialized) struct TerminalChatTests {
    /// A terminal session with `lotse --server` at a fresh daemon.
    private func chat(_ arguments: [String] = [], environment extra: [String: String] = [:]) throws -> (Daemon, PseudoTerminal) {
        let daemon = try Daemon()
        var environment = [
            "TERM": "xterm", "HOME": NSTemporaryDirectory(), "XDG_STATE_HOME": try temporaryFolder(),
            "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
        ]
        environment.merge(extra) { $1 }
        let terminal = try PseudoTerminal(
            try Repository.product("lotse"), ["--server", daemon.address] + arguments, environment: environment)
        return (daemon, terminal)
    }

    @Test func theDialogAppearsAndANumberedAnswerWorks() throws {
        let state = try temporaryFolder()
        let (daemon, terminal) = try chat(environment: ["XDG_STATE_HOME": state])
        defer { daemon.stop() }
        #expect(terminal.waitFor("Bist du in Not?"))
        #expect(terminal.waitFor("   2) Nein"))
        let mark = terminal.mark
        terminal.type("2\r")
        #expect(terminal.waitFor("Wie alt bist du?", after: mark))
        #expect(!terminal.text().contains("WAIT"), "protocol lines are not shown raw")
        #expect(!terminal.text().contains("ASK "))
        terminal.type("/quit\r")
        #expect(terminal.waitForExit() == 0)
        // Only commands reach the history file; the answer "2" stays in memory.
        let history = try String(contentsOfFile: "\(state)/lotse/history", encoding: .utf8)
        #expect(history.split(separator: "\n").filter { !$0.hasPrefix("_HiStOrY") } == ["/quit"], "\(history)")
    }

    @Test func tabCompletesCommandsAndOptionLabels() throws {
        let (daemon, terminal) = try chat()
        defer { daemon.stop() }
        #expect(terminal.waitFor("Bist du in Not?"))
        var mark = terminal.mark
        terminal.type("/he\t")
        #expect(terminal.waitFor("/help", after: mark))
        terminal.type("\r")
        #expect(terminal.waitFor("/back – zurück", after: mark))
        terminal.type("2\r19\r")
        #expect(terminal.waitFor("Woanders", after: mark))
        mark = terminal.mark
        terminal.type("Sü\t")
        #expect(terminal.waitFor("Süden", after: mark))
        terminal.type("\r")
        #expect(terminal.waitFor("Was willst du?", after: mark))
        terminal.type("/quit\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func backAsksTheLastQuestionAgain() throws {
        let (daemon, terminal) = try chat()
        defer { daemon.stop() }
        #expect(terminal.waitFor("Bist du in Not?"))
        terminal.type("2\r")
        #expect(terminal.waitFor("Wie alt bist du?"))
        let mark = terminal.mark
        terminal.type("/back\r")
        #expect(terminal.waitFor("Bist du in Not?", after: mark))
        terminal.type("\u{4}")
        #expect(terminal.waitForExit() == 0, "Ctrl-D on an empty line quits")
    }

    @Test func coloursOnATerminalButNotWithNoColor() throws {
        let sgr = "\u{1B}\\[[0-9;]*m"
        for noColor in [false, true] {
            let (daemon, terminal) = try chat(environment: noColor ? ["NO_COLOR": "1"] : [:])
            defer { daemon.stop() }
            #expect(terminal.waitFor("Bist du in Not?"))
            terminal.type("x\r")
            #expect(terminal.waitFor("Bitte"))
            terminal.type("/quit\r")
            #expect(terminal.waitForExit() == 0)
            let coloured = terminal.output().range(of: sgr, options: .regularExpression) != nil
            #expect(coloured == !noColor, "NO_COLOR=\(noColor)")
        }
    }

    @Test func aLostDaemonIsReconnected() throws {
        let (daemon, terminal) = try chat()
        #expect(terminal.waitFor("Bist du in Not?"))
        var mark = terminal.mark
        daemon.stop()
        #expect(terminal.waitFor("Nächster Versuch in", after: mark))
        let told = terminal.text(after: mark)
        // With BYE shutdown, or (when the daemon closes without it) as a lost connection.
        #expect(
            told.contains("Der Assistent hat das Gespräch beendet (shutdown).") || told.contains("ist abgebrochen. Ich versuche es wieder"))
        mark = terminal.mark
        let second = try Daemon(port: daemon.port)
        defer { second.stop() }
        #expect(terminal.waitFor("Die Verbindung ist wieder da. Das Gespräch hat von vorne angefangen", after: mark, timeout: .seconds(15)))
        #expect(terminal.waitFor("Bist du in Not?", after: mark))
        terminal.type("/quit\r")
        #expect(terminal.waitForExit() == 0)
    }

    /// A daemon behind a load balancer dies mid-conversation: the person is told in their own
    /// language, and the new conversation opens in it from the beginning.
    @Test func aLostDaemonIsToldAndReopenedInTheSessionLanguage() throws {
        let (daemon, terminal) = try chat()
        #expect(terminal.waitFor("Bist du in Not?"))
        var mark = terminal.mark
        terminal.type("/lang en\r")
        #expect(terminal.waitFor("Are you in trouble?", after: mark))
        terminal.type("2\r")
        #expect(terminal.waitFor("How old are you?", after: mark))
        mark = terminal.mark
        daemon.stop()
        #expect(terminal.waitFor("Next try in", after: mark))
        #expect(!terminal.text(after: mark).contains("Nächster Versuch"))
        mark = terminal.mark
        let second = try Daemon(port: daemon.port)
        defer { second.stop() }
        #expect(
            terminal.waitFor(
                "The connection is back. The conversation started over from the beginning", after: mark,
                timeout: .seconds(15)))
        #expect(terminal.waitFor("Are you in trouble?", after: mark))
        #expect(!terminal.text(after: mark).contains("Bist du in Not?"), "the new conversation opens in English")
        terminal.type("/quit\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func ctrlCDropsTheHalfTypedLine() throws {
        let (daemon, terminal) = try chat()
        defer { daemon.stop() }
        #expect(terminal.waitFor("Bist du in Not?"))
        let typed = terminal.mark
        terminal.type("Jaaa")
        #expect(terminal.waitFor("Jaaa", after: typed), "readline has the text before Ctrl-C")
        terminal.type("\u{3}")
        terminal.settle()
        #expect(terminal.waitForExit(timeout: .milliseconds(200)) == nil, "Ctrl-C with text only drops the text")
        let mark = terminal.mark
        terminal.type("2\r")
        #expect(terminal.waitFor("Wie alt bist du?", after: mark))
        terminal.type("\u{3}")
        #expect(terminal.waitForExit() == 0, "Ctrl-C on an empty line quits")
    }
}

/// A new empty folder for one test.
func temporaryFolder() throws -> String {
    let path = NSTemporaryDirectory() + "lotse-chat-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// The slip to take away, on the bundled Dialogs.
extension TerminalChatTests {
    @Test func aUkrainianWalkEndsWithAQRCodeThatReadsAsTheSlip() throws {
        let daemon = try Daemon(dialogs: Repository.bundledDialogs)
        defer { daemon.stop() }
        var environment = [
            "TERM": "xterm", "HOME": NSTemporaryDirectory(), "XDG_STATE_HOME": try temporaryFolder(),
            "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
        ]
        environment["NO_COLOR"] = nil
        let terminal = try PseudoTerminal(
            try Repository.product("lotse"), ["--server", daemon.address, "--lang", "uk"], environment: environment)
        #expect(terminal.waitFor("Ти зараз у небезпеці"))
        // In danger right now: the emergency numbers at once, to take along on the phone.
        var mark = terminal.mark
        terminal.type("1\r")
        #expect(terminal.waitFor("/qr", after: mark), "the slip offers the code")
        #expect(terminal.text(after: mark).contains("TelefonSeelsorge"))
        mark = terminal.mark
        terminal.type("/qr\r")
        #expect(terminal.waitFor("██", after: mark), "\(terminal.text(after: max(0, mark - 3000)))")
        terminal.settle(.milliseconds(300))
        let drawn = terminal.text(after: mark).split(separator: "\n").map { line in
            String(line.trimmingCharacters(in: .init(charactersIn: "\r")))
        }.filter { line in !line.isEmpty && line.allSatisfy { "█▀▄ ".contains($0) } && line.contains("█") }
        let text = try QRDecoder.decoded(drawn)
        // An 80 × 24 screen holds the short slip: names and phone numbers, in order.
        #expect(
            text == "Notruf: 112\nTelefonSeelsorge: 0800 111 0 111 oder 0800 111 0 222\n"
                + "Nummer gegen Kummer – Kinder- und Jugendtelefon: 116 111", "\(text)")
        terminal.type("/quit\r")
        #expect(terminal.waitForExit() == 0)
    }
}
