import LotseSlip
import LotseWire

/// The kiosk's menu under the slip at the end of a dialog: numbered choices in the person's
/// language — the QR code for the phone, printing (only with a printer), starting over — and
/// that Enter alone finishes and clears the screen for the next person.
public enum KioskEndMenu {
    /// What a number of the menu does.
    public enum Item: Sendable, Equatable, CaseIterable {
        /// The slip as a QR code (`/qr`).
        case qrCode
        /// The slip on paper (`/print`), only where a printer is set.
        case print
        /// A new conversation from the language choice.
        case startOver
    }

    /// The items in the order they are numbered (1, 2, …): printing only when `canPrint`.
    public static func items(canPrint: Bool) -> [Item] {
        Item.allCases.filter { $0 != .print || canPrint }
    }

    /// The item an answer names by its number as shown, nil for anything else.
    public static func item(for answer: String, canPrint: Bool) -> Item? {
        let items = items(canPrint: canPrint)
        guard let number = Int(answer.trimmingSpaces()), items.indices.contains(number - 1) else { return nil }
        return items[number - 1]
    }

    /// The menu's lines in `renderer`'s language: a heading, the numbered items, and what
    /// Enter alone does.
    public static func lines(renderer: Renderer) -> [String] {
        var renderer = renderer
        let texts = Texts.forLanguage(renderer.language)
        var lines = renderer.render(.say(texts.heading))
        for (index, item) in items(canPrint: renderer.canPrint).enumerated() {
            lines += renderer.render(.option(.init(number: index + 1, key: "\(item)", label: texts.label(of: item))))
        }
        return lines + renderer.status(ClientTexts.forLanguage(renderer.language).finish)
    }

    /// The menu's words in one language.
    struct Texts: Sendable {
        let heading: String
        let qrCode: String
        let print: String
        let startOver: String

        func label(of item: Item) -> String {
            switch item {
            case .qrCode: qrCode
            case .print: print
            case .startOver: startOver
            }
        }

        /// The words for `code`, English when the client has none for it.
        static func forLanguage(_ code: String) -> Texts {
            all[code] ?? all["en"]!
        }

        static let all: [String: Texts] = [
            "de": Texts(
                heading: "Wie geht es weiter? Schreib eine Zahl und drück Enter:", qrCode: "QR-Code für dein Handy",
                print: "Auf Papier drucken", startOver: "Von vorne anfangen"),
            "en": Texts(
                heading: "What next? Type a number and press Enter:", qrCode: "QR code for your phone",
                print: "Print it on paper", startOver: "Start over"),
            "ru": Texts(
                heading: "Что дальше? Напиши число и нажми Enter:", qrCode: "QR-код для телефона",
                print: "Распечатать на бумаге", startOver: "Начать сначала"),
            "uk": Texts(
                heading: "Що далі? Напиши число й натисни Enter:", qrCode: "QR-код для телефона",
                print: "Надрукувати на папері", startOver: "Почати спочатку"),
            "pl": Texts(
                heading: "Co dalej? Wpisz numer i naciśnij Enter:", qrCode: "Kod QR na telefon",
                print: "Wydrukuj na papierze", startOver: "Zacznij od nowa"),
            "tr": Texts(
                heading: "Şimdi ne yapalım? Bir numara yaz ve Enter'a bas:", qrCode: "Telefonun için QR kod",
                print: "Kâğıda yazdır", startOver: "Baştan başla"),
            "ar": Texts(
                heading: "ماذا بعد؟ اكتب رقمًا ثم اضغط Enter:", qrCode: "رمز QR لهاتفك",
                print: "اطبعه على ورق", startOver: "ابدأ من جديد"),
            "fa": Texts(
                heading: "حالا چه کنیم؟ یک شماره بنویس و Enter را بزن:", qrCode: "کد QR برای گوشی‌ات",
                print: "چاپ روی کاغذ", startOver: "از اول شروع کن"),
        ]
    }
}
