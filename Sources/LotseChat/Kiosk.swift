import LotseSlip
import LotseWire

/// The kiosk's rules: the start screen where a person chooses a language, which lines the
/// kiosk refuses locally, the quick exit, and when an untouched session is wiped.
public enum Kiosk {
    /// A conversation nobody typed in for this long is wiped (the daemon's own idle timeout
    /// may come first).
    public static let idleTimeout: Duration = .seconds(180)

    /// The line that leaves at once, like Esc Esc.
    public static let quickExitLine = "/x"

    /// The commands offered in the kiosk: the person's, without `/quit` (the quick exit
    /// replaces it), with the quick exit.
    public static let commands = CommandName.words.filter { $0 != "/quit" } + ["/qr", quickExitLine]

    /// Whether `line` is the quick exit; `/quit` and `/exit` end the session the same way
    /// in the kiosk (the kiosk itself never quits).
    public static func isQuickExit(_ line: String) -> Bool {
        line.trimmingSpaces().lowercased() == quickExitLine || ClientInput(line) == .command(.quit)
    }

    /// Whether `line` is a counselor command, which the kiosk neither shows nor sends.
    public static func isRefused(_ line: String) -> Bool {
        let word = line.trimmingSpaces().prefix { $0 != " " }.lowercased()
        return CommandName.counselorWords.contains(word)
    }

    /// The start screen: a greeting in every offered language the client knows, the
    /// languages as a numbered list (each in its own name), and how to leave quickly.
    public static func startScreen(languages: [String], renderer: Renderer) -> [String] {
        var renderer = renderer
        var lines = ["", renderer.style.apply(.partner, "  Lotse"), ""]
        for code in languages where ClientTexts.knows(code) {
            lines += renderer.render(.say(ClientTexts.forLanguage(code).chooseLanguage))
        }
        lines.append("")
        for (index, code) in languages.enumerated() {
            lines += renderer.render(.option(.init(number: index + 1, key: code, label: ClientTexts.name(of: code))))
        }
        lines.append("")
        let exits = languages.prefix(2).map { ClientTexts.forLanguage($0).quickExit }
        lines += renderer.status(exits.joined(separator: " · "))
        return lines
    }

    /// The language a start-screen answer names: its number, code or name (any case, a
    /// start is enough); an empty answer takes `preselected`, else the first language.
    public static func choice(_ answer: String, languages: [String], preselected: String?) -> String? {
        let typed = answer.trimmingSpaces().lowercased()
        if typed.isEmpty { return preselected.flatMap { languages.contains($0) ? $0 : nil } ?? languages.first }
        if let number = Int(typed), languages.indices.contains(number - 1) { return languages[number - 1] }
        if languages.contains(typed) { return typed }
        return languages.first { ClientTexts.name(of: $0).lowercased().hasPrefix(typed) }
    }

    /// Tab completion on the start screen: the language names.
    public static func startCompletion(languages: [String]) -> Completion {
        Completion(
            commands: [quickExitLine],
            options: languages.enumerated().map {
                .init(number: $0.offset + 1, key: $0.element, label: ClientTexts.name(of: $0.element))
            })
    }
}
