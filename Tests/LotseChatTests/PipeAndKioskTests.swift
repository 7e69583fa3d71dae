import Foundation
import Glibc
import LotseTestSupport
import Testing

/// `lotse` in a pipe, with `--record`, and as a kiosk under a pseudo-terminal.
@Suite(.serialized) struct PipeAndKioskTests {
    /// Runs `lotse` with `input` on standard input (closed after it unless `keepInputOpen`);
    /// its exit status and standard output. A run longer than 30 s is ended.
    private func pipe(_ arguments: [String], input: String, keepInputOpen: Bool = false) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try Repository.product("lotse"))
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": try temporaryFolder()]
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        let watchdog = DispatchWorkItem { process.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 30, execute: watchdog)
        stdin.fileHandleForWriting.write(Data(input.utf8))
        if !keepInputOpen { try stdin.fileHandleForWriting.close() }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    @Test func pipesGetPlainTextAndExitAfterQuit() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let (status, output) = try pipe(["--server", daemon.address], input: "2\n19\n/quit\n")
        #expect(status == 0)
        #expect(output.contains("Bist du in Not?\n   1) Ja\n   2) Nein\n"))
        #expect(output.contains("> 19\nWo wohnst du?\n"))
        #expect(!output.contains("\u{1B}"), "no escapes in a pipe")
        #expect(!output.contains("WAIT"))
    }

    @Test func pipesExitAtTheEndOfInput() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let (status, output) = try pipe(["chat", "--server", daemon.address, "--lang", "en"], input: "2")
        #expect(status == 0)
        // The greeting itself comes in English: the German one is never shown.
        #expect(output.hasPrefix("Hello!\nAre you in trouble?"), "\(output)")
        #expect(!output.contains("Bist du in Not"))
        #expect(output.contains("> 2\nHow old are you?"), "the last line counts without a line break")
    }

    @Test func aRecordingPassesLotseTest() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let file = try temporaryFolder() + "/walk.chat"
        let answers = "2\n19\nx\n/back\n19\n1\n1\n2\n2\n/summary\n"
        let (status, _) = try pipe(["--server", daemon.address, "--record", file], input: answers)
        #expect(status == 0)
        let transcript = try String(contentsOfFile: file, encoding: .utf8)
        #expect(transcript.contains("< HELLO lotse/1 *\n"))
        #expect(transcript.contains("> x\n< ERR 400 "))
        #expect(transcript.contains("< END referred"))
        let (testStatus, report) = try pipe(["test", file, "--dialogs", Repository.fixture("mini")], input: "")
        #expect(testStatus == 0, "\(report)")
        #expect(report.contains("1 passed, 0 failed"))
    }

    @Test func theKioskStartsANewSessionAfterTheEndAndClearsTheScreen() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let terminal = try PseudoTerminal(
            try Repository.product("lotse"), ["--server", daemon.address, "--kiosk"],
            environment: ["TERM": "xterm", "HOME": try temporaryFolder(), "LANG": "C.UTF-8"])
        #expect(terminal.waitFor("Choose your language"))
        #expect(terminal.waitFor("   2) English"))
        var mark = terminal.mark
        terminal.type("2\r")
        #expect(terminal.waitFor("Are you in trouble?", after: mark))
        for answer in ["2", "19", "1", "1", "2", "2"] {
            mark = terminal.mark
            terminal.type(answer + "\r")
            #expect(terminal.waitFor("\n", after: mark))
            terminal.settle(.milliseconds(100))
        }
        #expect(terminal.waitFor("All the best!"))
        #expect(terminal.waitFor("press Enter"))
        mark = terminal.mark
        terminal.type("/auth secret\r")
        #expect(terminal.waitFor("This command is not available here.", after: mark))
        terminal.type("\u{3}\u{4}")
        terminal.settle()
        #expect(terminal.waitForExit(timeout: .milliseconds(100)) == nil, "Ctrl-C and Ctrl-D do not leave the kiosk")
        mark = terminal.mark
        terminal.type("\r")
        #expect(terminal.waitFor("Choose your language", after: mark))
        #expect(terminal.output(after: mark).contains("\u{1B}[H\u{1B}[2J\u{1B}[3J"), "screen and scrollback cleared")
        #expect(!terminal.text(after: mark).contains("All the best!"))
        terminal.signal(SIGTERM)
        #expect(terminal.waitForExit() == 0, "the operator leaves with SIGTERM")
    }

    @Test func theKioskWipesAnIdleSession() throws {
        let daemon = try Daemon(idleTimeout: 1)
        defer { daemon.stop() }
        let terminal = try PseudoTerminal(
            try Repository.product("lotse"), ["--server", daemon.address, "--kiosk"],
            environment: ["TERM": "xterm", "HOME": try temporaryFolder(), "LANG": "C.UTF-8"])
        #expect(terminal.waitFor("Choose your language"))
        terminal.type("1\r")
        #expect(terminal.waitFor("Bist du in Not?"))
        let mark = terminal.mark
        #expect(terminal.waitFor("Choose your language", after: mark, timeout: .seconds(10)))
        #expect(terminal.output(after: mark).contains("\u{1B}[H\u{1B}[2J\u{1B}[3J"))
        terminal.signal(SIGTERM)
        #expect(terminal.waitForExit() == 0)
    }

    @Test func pipesEndWithStatus1WhenTheDaemonGoesAway() throws {
        let daemon = try Daemon(idleTimeout: 1)
        defer { daemon.stop() }
        let (status, output) = try pipe(["--server", daemon.address], input: "", keepInputOpen: true)
        #expect(status == 1)
        #expect(output.contains("Der Assistent hat das Gespräch beendet (idle)."))
    }

    @Test func theKioskKeepsTryingWhenTheDaemonIsGone() throws {
        let daemon = try Daemon()
        let terminal = try PseudoTerminal(
            try Repository.product("lotse"), ["--server", daemon.address, "--kiosk"],
            environment: ["TERM": "xterm", "HOME": try temporaryFolder(), "LANG": "C.UTF-8"])
        #expect(terminal.waitFor("Choose your language"))
        terminal.type("1\r")
        #expect(terminal.waitFor("Bist du in Not?"))
        var mark = terminal.mark
        daemon.stop()
        #expect(terminal.waitFor("Keine Verbindung zum Assistenten", after: mark))
        #expect(terminal.waitFor("No connection to the assistant", after: mark))
        #expect(!terminal.text(after: mark).contains("Bist du in Not?"))
        mark = terminal.mark
        let second = try Daemon(port: daemon.port)
        defer { second.stop() }
        #expect(terminal.waitFor("Choose your language", after: mark, timeout: .seconds(15)))
        #expect(
            terminal.waitFor("Die Verbindung ist wieder da. Das Gespräch hat von vorne angefangen", after: mark),
            "the start screen says why, in the language the person had chosen")
        terminal.signal(SIGTERM)
        #expect(terminal.waitForExit() == 0)
    }

    @Test func theKioskQuickExitWipesAtOnce() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let terminal = try PseudoTerminal(
            try Repository.product("lotse"), ["--server", daemon.address, "--kiosk", "--lang", "en"],
            environment: ["TERM": "xterm", "HOME": try temporaryFolder(), "LANG": "C.UTF-8"])
        #expect(terminal.waitFor("Choose your language"))
        terminal.type("\r")
        #expect(terminal.waitFor("Are you in trouble?"), "Enter takes the --lang language")
        terminal.type("2\r")
        #expect(terminal.waitFor("How old are you?"))
        var mark = terminal.mark
        terminal.type("1")
        terminal.type("\u{1B}\u{1B}")
        #expect(terminal.waitFor("Choose your language", after: mark))
        #expect(terminal.output(after: mark).contains("\u{1B}[H\u{1B}[2J\u{1B}[3J"))
        mark = terminal.mark
        terminal.type("1\r")
        #expect(terminal.waitFor("Bist du in Not?", after: mark), "a fresh session, not the old one")
        mark = terminal.mark
        terminal.type("/x\r")
        #expect(terminal.waitFor("Choose your language", after: mark))
        terminal.signal(SIGTERM)
        #expect(terminal.waitForExit() == 0)
    }

    /// A kiosk with a printer: `/print` hands the slip to `lp -d NAME`. The test puts an `lp`
    /// stand-in first on the PATH that keeps its arguments and the job it was given (no CUPS
    /// runs in this sandbox; docs/client.md says how to set up cups-pdf).
    @Test func theKioskPrintsTheSlipThroughLp() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let lp = try LpStandIn()
        let spool = lp.folder
        let terminal = try PseudoTerminal(
            try Repository.product("lotse"), ["--server", daemon.address, "--kiosk", "--lang", "en", "--printer", "Empfang"],
            environment: ["TERM": "xterm", "HOME": spool, "LANG": "C.UTF-8", "PATH": "\(spool):/usr/bin:/bin"])
        #expect(terminal.waitFor("Choose your language"))
        terminal.type("\r")
        #expect(terminal.waitFor("Are you in trouble?"))
        for answer in ["2", "19", "1", "1", "2", "1"] {
            let mark = terminal.mark
            terminal.type(answer + "\r")
            #expect(terminal.waitFor("\n", after: mark))
            terminal.settle(.milliseconds(150))
        }
        #expect(terminal.waitFor("2) Print it on paper"), "the end menu offers printing")
        let mark = terminal.mark
        terminal.type("/print\r")
        #expect(terminal.waitFor("The overview is being printed.", after: mark))
        #expect(try lp.arguments() == "-d Empfang -t Lotse\n")
        let job = try lp.job()
        #expect(job.hasPrefix("Lotse\n"))
        #expect(job.contains("1. Agentur Nord"), "\(job)")
        #expect(!job.contains("\u{1B}"), "plain text for paper")
        let end = terminal.mark
        terminal.signal(SIGTERM)
        #expect(terminal.waitForExit() == 0, "\(terminal.text(after: end))")
    }

    @Test func withoutAPrinterThereIsNoPrinting() throws {
        let daemon = try Daemon()
        defer { daemon.stop() }
        let (refused, _) = try pipe(["--server", daemon.address, "--printer", "Empfang"], input: "")
        #expect(refused != 0, "--printer belongs to a kiosk")
        let (status, output) = try pipe(["--server", daemon.address], input: "2\n19\n1\n1\n2\n1\n/print\n/quit\n")
        #expect(status == 0)
        #expect(!output.contains("/print."), "no print hint")
        #expect(output.contains("> /print\n! "), "the server does not know /print: \(output)")
    }
}
