import Foundation
import LotseSlip

/// The web page's own words in every language the clients know, served as `/texts.json`: the
/// clients' shared words (`ClientTexts`: language names, field names, the kiosk's lines) and
/// the page's buttons. The dialog's own words come over the socket as they do to a terminal.
enum PageTexts {
    /// The page's buttons and short lines in one language.
    struct Words: Encodable {
        var choose: String
        var send: String
        var back: String
        var restart: String
        var why: String
        var language: String
        var leave: String
        var none: String
        var done: String
        var code: String
        var codeHint: String
        var more: String
        var print: String
        var answer: String
        var ended: String
        var startAgain: String
    }

    /// The words for one language as the page reads them.
    struct Entry: Encodable {
        var name: String
        var direction: String
        var reasons: String
        var languages: String
        var onRequest: String
        var address: String
        var phone: String
        var web: String
        var hours: String
        var note: String
        var reconnecting: String
        var codeTooLong: String
        var words: Words
    }

    /// `/texts.json`: language code → its entry.
    static func json() -> Data {
        var entries: [String: Entry] = [:]
        for (code, words) in words {
            let texts = ClientTexts.forLanguage(code)
            entries[code] = Entry(
                name: texts.languageName, direction: TextDirection.isRightToLeft(code) ? "rtl" : "ltr",
                reasons: texts.why, languages: texts.languages, onRequest: texts.onRequest, address: texts.address,
                phone: texts.phone, web: texts.web, hours: texts.hours, note: texts.note,
                reconnecting: texts.reconnecting, codeTooLong: texts.qrTooLong, words: words)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(entries)) ?? Data("{}".utf8)
    }

    private static let words: [String: Words] = [
        "de": Words(
            choose: "Hallo! Wähle deine Sprache.", send: "Senden", back: "Zurück", restart: "Neu anfangen", why: "Warum?",
            language: "Sprache", leave: "Schnell weg",
            none: "Nichts davon", done: "Fertig", code: "Code fürs Handy", codeHint: "Scanne den Code mit der Kamera deines Handys.",
            more: "Weitere Stellen", print: "Drucken", answer: "Deine Antwort", ended: "Das Gespräch ist zu Ende.",
            startAgain: "Noch einmal anfangen"),
        "en": Words(
            choose: "Hello! Choose your language.", send: "Send", back: "Back", restart: "Start over", why: "Why?", language: "Language",
            leave: "Leave quickly",
            none: "None of these", done: "Done", code: "Code for your phone", codeHint: "Scan the code with your phone's camera.",
            more: "More places", print: "Print", answer: "Your answer", ended: "The conversation has ended.", startAgain: "Start again"),
        "ru": Words(
            choose: "Привет! Выбери язык.", send: "Отправить", back: "Назад", restart: "Начать заново", why: "Почему?", language: "Язык",
            leave: "Быстро уйти",
            none: "Ничего из этого", done: "Готово", code: "Код для телефона", codeHint: "Отсканируй код камерой телефона.",
            more: "Другие места", print: "Распечатать", answer: "Твой ответ", ended: "Разговор закончен.", startAgain: "Начать снова"),
        "uk": Words(
            choose: "Привіт! Обери мову.", send: "Надіслати", back: "Назад", restart: "Почати знову", why: "Чому?", language: "Мова",
            leave: "Швидко вийти",
            none: "Нічого з цього", done: "Готово", code: "Код для телефона", codeHint: "Скануй код камерою телефона.",
            more: "Інші місця", print: "Надрукувати", answer: "Твоя відповідь", ended: "Розмову завершено.", startAgain: "Почати ще раз"),
        "pl": Words(
            choose: "Cześć! Wybierz język.", send: "Wyślij", back: "Wstecz", restart: "Zacznij od nowa", why: "Dlaczego?",
            language: "Język", leave: "Szybkie wyjście",
            none: "Nic z tego", done: "Gotowe", code: "Kod na telefon", codeHint: "Zeskanuj kod aparatem telefonu.",
            more: "Więcej miejsc", print: "Drukuj", answer: "Twoja odpowiedź", ended: "Rozmowa się zakończyła.",
            startAgain: "Zacznij jeszcze raz"),
        "tr": Words(
            choose: "Merhaba! Dilini seç.", send: "Gönder", back: "Geri", restart: "Baştan başla", why: "Neden?", language: "Dil",
            leave: "Hızlı çıkış",
            none: "Hiçbiri", done: "Tamam", code: "Telefon için kod", codeHint: "Kodu telefonunun kamerasıyla tara.",
            more: "Diğer yerler", print: "Yazdır", answer: "Cevabın", ended: "Konuşma bitti.", startAgain: "Yeniden başla"),
        "ar": Words(
            choose: "مرحبًا! اختر لغتك.", send: "إرسال", back: "رجوع", restart: "البدء من جديد", why: "لماذا؟", language: "اللغة",
            leave: "خروج سريع",
            none: "لا شيء من هذه", done: "تم", code: "رمز لهاتفك", codeHint: "امسح الرمز بكاميرا هاتفك.",
            more: "أماكن أخرى", print: "طباعة", answer: "إجابتك", ended: "انتهت المحادثة.", startAgain: "ابدأ مرة أخرى"),
        "fa": Words(
            choose: "سلام! زبانت را انتخاب کن.", send: "فرستادن", back: "برگشت", restart: "شروع دوباره", why: "چرا؟", language: "زبان",
            leave: "خروج سریع",
            none: "هیچ‌کدام", done: "تمام", code: "کد برای گوشی", codeHint: "کد را با دوربین گوشی‌ات اسکن کن.",
            more: "جاهای دیگر", print: "چاپ", answer: "جواب تو", ended: "گفتگو تمام شد.", startAgain: "از نو شروع کن"),
    ]
}
