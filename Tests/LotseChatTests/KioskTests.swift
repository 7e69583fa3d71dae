import Testing

@testable import LotseChat

/// The kiosk's local rules and its start screen.
@Suite struct KioskTests {
    @Test func counselorCommandsAreRefusedAndHidden() {
        #expect(Kiosk.isRefused("/auth geheim"))
        #expect(Kiosk.isRefused("  /TRACE on"))
        #expect(!Kiosk.isRefused("/help"))
        #expect(!Kiosk.isRefused("//auth"))
        #expect(!Kiosk.commands.contains("/auth"))
        #expect(Kiosk.commands.contains("/x"))
    }

    @Test func theEndMenuNumbersWhatThisKioskOffers() {
        #expect(KioskEndMenu.items(canPrint: true) == [.qrCode, .print, .startOver])
        #expect(KioskEndMenu.items(canPrint: false) == [.qrCode, .startOver])
        #expect(KioskEndMenu.item(for: " 2 ", canPrint: true) == .print)
        #expect(KioskEndMenu.item(for: "2", canPrint: false) == .startOver)
        #expect(KioskEndMenu.item(for: "3", canPrint: false) == nil)
        #expect(KioskEndMenu.item(for: "0", canPrint: true) == nil)
        #expect(KioskEndMenu.item(for: "/qr", canPrint: true) == nil)
        var renderer = Renderer(width: 80, language: "fa", style: Style(colored: false))
        renderer.canPrint = true
        let lines = KioskEndMenu.lines(renderer: renderer)
        #expect(
            lines.contains("\u{200F}   1) کد QR برای گوشی‌ات") && lines.contains("\u{200F}   3) از اول شروع کن"),
            "\(lines)")
        renderer.language = "xx"
        #expect(KioskEndMenu.lines(renderer: renderer).contains("   2) Print it on paper"), "English for other languages")
    }

    @Test func connectionTextsFillTheirPlaceholdersInEveryLanguage() {
        for code in ["de", "en", "ru", "uk", "pl", "tr", "ar", "fa"] {
            let texts = ConnectionTexts.forLanguage(code)
            let next = ConnectionTexts.text(texts.nextTry, ["server": "10.0.0.5:4747", "seconds": "2"])
            #expect(next.contains("10.0.0.5:4747") && next.contains("2") && !next.contains("{"), "\(code): \(next)")
            #expect(!ConnectionTexts.text(texts.closed, ["reason": "limit"]).contains("{"), "\(code)")
            #expect(
                !texts.reconnected.contains("{") && texts.reconnected != ConnectionTexts.forLanguage(code == "en" ? "de" : "en").reconnected
            )
        }
    }

    @Test func quickExit() {
        #expect(Kiosk.isQuickExit("/x"))
        #expect(Kiosk.isQuickExit(" /X "))
        #expect(Kiosk.isQuickExit("/quit"))
        #expect(!Kiosk.isQuickExit("/xy"))
    }

    @Test func languageChoice() {
        let languages = ["de", "en", "ru", "uk"]
        #expect(Kiosk.choice("3", languages: languages, preselected: nil) == "ru")
        #expect(Kiosk.choice("en", languages: languages, preselected: nil) == "en")
        #expect(Kiosk.choice("укр", languages: languages, preselected: nil) == "uk")
        #expect(Kiosk.choice("", languages: languages, preselected: nil) == "de")
        #expect(Kiosk.choice("", languages: languages, preselected: "en") == "en")
        #expect(Kiosk.choice("9", languages: languages, preselected: nil) == nil)
    }

    @Test func theStartScreenGreetsInEveryLanguage() {
        let screen = Kiosk.startScreen(languages: ["de", "en", "ar"], renderer: Renderer(width: 80, style: Style(colored: false)))
        let text = screen.joined(separator: "\n")
        #expect(text.contains("Wähle deine Sprache"))
        #expect(text.contains("Choose your language"))
        #expect(text.contains("اختر لغتك"))
        #expect(text.contains("   3) العربية"))
        #expect(text.contains("Esc Esc"))
    }

    @Test func styleFollowsTheTerminalAndNoColor() {
        #expect(Style.detect(isTerminal: true, environment: [:]).colored)
        #expect(!Style.detect(isTerminal: false, environment: [:]).colored)
        #expect(!Style.detect(isTerminal: true, environment: ["NO_COLOR": "1"]).colored)
        #expect(Style.detect(isTerminal: true, environment: ["NO_COLOR": ""]).colored)
    }

    @Test func onlyCommandsReachTheHistoryFile() {
        for answer in ["19", "ja", "Ich habe eine Duldung", "//skip", "  3 4", "/AUTH s3cret", "/auth"] {
            #expect(!HistoryFile.keepsOnDisk(answer), "\(answer)")
        }
        for command in ["/help", "/lang uk", " /summary", "/quit"] {
            #expect(HistoryFile.keepsOnDisk(command), "\(command)")
        }
    }

    @Test func historyLivesInTheXDGStateDirectory() {
        #expect(HistoryFile.path(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/lotse/history")
        #expect(HistoryFile.path(environment: ["HOME": "/h"]) == "/h/.local/state/lotse/history")
        #expect(HistoryFile.path(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]) == "/h/.local/state/lotse/history")
        #expect(HistoryFile.path(environment: [:]) == nil)
    }
}

/// Esc Esc found in the raw keys, before readline.
@Suite struct QuickExitKeysTests {
    private let now = ContinuousClock.now

    @Test func escEscInOneRead() {
        var keys = QuickExitKeys()
        #expect(keys.feed(Array("ab\u{1B}\u{1B}".utf8), now: now) == ([], true))
    }

    @Test func escThenEscInTheNextRead() {
        var keys = QuickExitKeys()
        #expect(keys.feed([0x61, 0x1B], now: now) == ([0x61], false))
        #expect(keys.heldSince != nil)
        #expect(keys.feed([0x1B], now: now) == ([], true))
    }

    @Test func arrowKeysAndAltArrowsPass() {
        var keys = QuickExitKeys()
        #expect(keys.feed(Array("\u{1B}[A".utf8), now: now) == (Array("\u{1B}[A".utf8), false))
        #expect(keys.feed(Array("\u{1B}\u{1B}[C".utf8), now: now) == (Array("\u{1B}\u{1B}[C".utf8), false))
    }

    @Test func aLoneEscIsReleasedAfterAWhile() {
        var keys = QuickExitKeys()
        _ = keys.feed([0x1B], now: now)
        #expect(keys.release(now: now + .milliseconds(100)).isEmpty)
        #expect(keys.release(now: now + QuickExitKeys.holdTime) == [0x1B])
        #expect(keys.heldSince == nil)
    }
}
