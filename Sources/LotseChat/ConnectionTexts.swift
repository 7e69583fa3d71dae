import LotseWire

/// What the chat says about its connection to the daemon — lost, trying again, back, closed —
/// in the languages Lotse is translated into (others fall back to English). `{server}`,
/// `{error}`, `{seconds}` and `{reason}` are filled in by `text(_:_:)`.
public struct ConnectionTexts: Sendable {
    /// The connection came back: a new conversation began from the start.
    public let reconnected: String
    /// A pipe run lost the connection and ends (`{server}`, `{error}`).
    public let lost: String
    /// A terminal lost the connection and tries again (`{server}`).
    public let lostRetrying: String
    /// One failed attempt; the next one comes after a pause (`{server}`, `{seconds}`).
    public let nextTry: String
    /// A line typed while there is no connection.
    public let notSent: String
    /// The daemon closed the conversation after a pause; Enter begins a new one.
    public let closedIdle: String
    /// The daemon closed the conversation for another reason (`{reason}`, the `BYE` word).
    public let closed: String

    /// The texts for `code`, English when the client has none for it.
    public static func forLanguage(_ code: String) -> ConnectionTexts {
        all[code] ?? all["en"]!
    }

    /// `template` (one of the texts) with each `{name}` replaced by `values[name]`.
    public static func text(_ template: String, _ values: [String: String] = [:]) -> String {
        Template.fill(template, values)
    }

    static let all: [String: ConnectionTexts] = [
        "de": ConnectionTexts(
            reconnected: "Die Verbindung ist wieder da. Das Gespräch hat von vorne angefangen: Deine Antworten von vorher sind gelöscht.",
            lost: "Die Verbindung zum Assistenten ({server}) ist abgebrochen ({error}).",
            lostRetrying: "Die Verbindung zum Assistenten ({server}) ist abgebrochen. Ich versuche es wieder … (Strg-D beendet)",
            nextTry: "Keine Verbindung zum Assistenten ({server}). Nächster Versuch in {seconds} s.",
            notSent: "Keine Verbindung zum Assistenten: Deine Zeile wurde nicht gesendet.",
            closedIdle: "Das Gespräch wurde nach einer Pause beendet und gelöscht. Drück Enter, dann beginnt ein neues.",
            closed: "Der Assistent hat das Gespräch beendet ({reason})."),
        "en": ConnectionTexts(
            reconnected: "The connection is back. The conversation started over from the beginning: your earlier answers are gone.",
            lost: "The connection to the assistant ({server}) was lost ({error}).",
            lostRetrying: "The connection to the assistant ({server}) was lost. Trying to reconnect … (Ctrl-D quits)",
            nextTry: "No connection to the assistant ({server}). Next try in {seconds} s.",
            notSent: "No connection to the assistant: your line was not sent.",
            closedIdle: "The conversation was closed after a pause, and forgotten. Press Enter to begin a new one.",
            closed: "The assistant ended the conversation ({reason})."),
        "ru": ConnectionTexts(
            reconnected: "Связь снова есть. Разговор начался заново, с самого начала: прежние ответы удалены.",
            lost: "Связь с помощником ({server}) прервалась ({error}).",
            lostRetrying: "Связь с помощником ({server}) прервалась. Пробую подключиться снова … (Ctrl-D — выход)",
            nextTry: "Нет связи с помощником ({server}). Следующая попытка через {seconds} с.",
            notSent: "Нет связи с помощником: твоя строка не отправлена.",
            closedIdle: "Разговор закрыт после паузы и удалён. Нажми Enter, чтобы начать новый.",
            closed: "Помощник закончил разговор ({reason})."),
        "uk": ConnectionTexts(
            reconnected: "Зв’язок знову є. Розмова почалася заново, з самого початку: попередні відповіді видалено.",
            lost: "Зв’язок із помічником ({server}) перервався ({error}).",
            lostRetrying: "Зв’язок із помічником ({server}) перервався. Пробую підключитися знову … (Ctrl-D — вихід)",
            nextTry: "Немає зв’язку з помічником ({server}). Наступна спроба через {seconds} с.",
            notSent: "Немає зв’язку з помічником: твій рядок не надіслано.",
            closedIdle: "Розмову закрито після паузи й видалено. Натисни Enter, щоб почати нову.",
            closed: "Помічник завершив розмову ({reason})."),
        "pl": ConnectionTexts(
            reconnected: "Połączenie wróciło. Rozmowa zaczęła się od nowa, od samego początku: wcześniejsze odpowiedzi zostały usunięte.",
            lost: "Połączenie z asystentem ({server}) zostało przerwane ({error}).",
            lostRetrying: "Połączenie z asystentem ({server}) zostało przerwane. Próbuję połączyć się ponownie … (Ctrl-D kończy)",
            nextTry: "Brak połączenia z asystentem ({server}). Następna próba za {seconds} s.",
            notSent: "Brak połączenia z asystentem: twój wiersz nie został wysłany.",
            closedIdle: "Rozmowa została zamknięta po przerwie i usunięta. Naciśnij Enter, aby zacząć nową.",
            closed: "Asystent zakończył rozmowę ({reason})."),
        "tr": ConnectionTexts(
            reconnected: "Bağlantı geri geldi. Konuşma en baştan yeniden başladı: önceki cevapların silindi.",
            lost: "Asistanla bağlantı ({server}) koptu ({error}).",
            lostRetrying: "Asistanla bağlantı ({server}) koptu. Yeniden bağlanmayı deniyorum … (Ctrl-D çıkar)",
            nextTry: "Asistana bağlantı yok ({server}). Sonraki deneme {seconds} sn sonra.",
            notSent: "Asistana bağlantı yok: satırın gönderilmedi.",
            closedIdle: "Konuşma bir aradan sonra kapatıldı ve silindi. Yeni bir konuşma için Enter'a bas.",
            closed: "Asistan konuşmayı bitirdi ({reason})."),
        "ar": ConnectionTexts(
            reconnected: "عاد الاتصال. بدأت المحادثة من جديد من البداية: إجاباتك السابقة حُذفت.",
            lost: "انقطع الاتصال بالمساعد ({server}) ({error}).",
            lostRetrying: "انقطع الاتصال بالمساعد ({server}). أحاول الاتصال من جديد … (Ctrl-D للخروج)",
            nextTry: "لا يوجد اتصال بالمساعد ({server}). المحاولة التالية بعد {seconds} ثانية.",
            notSent: "لا يوجد اتصال بالمساعد: لم يُرسل سطرك.",
            closedIdle: "أُغلقت المحادثة بعد توقف وحُذفت. اضغط Enter لتبدأ محادثة جديدة.",
            closed: "أنهى المساعد المحادثة ({reason})."),
        "fa": ConnectionTexts(
            reconnected: "اتصال برگشت. گفتگو از اول دوباره شروع شد: پاسخ‌های قبلی‌ات پاک شده است.",
            lost: "اتصال به دستیار ({server}) قطع شد ({error}).",
            lostRetrying: "اتصال به دستیار ({server}) قطع شد. دوباره تلاش می‌کنم … (Ctrl-D برای خروج)",
            nextTry: "اتصال به دستیار برقرار نیست ({server}). تلاش بعدی تا {seconds} ثانیه دیگر.",
            notSent: "اتصال به دستیار برقرار نیست: خطت فرستاده نشد.",
            closedIdle: "گفتگو پس از یک مکث بسته و پاک شد. برای شروع گفتگوی تازه Enter را بزن.",
            closed: "دستیار گفتگو را تمام کرد ({reason})."),
    ]
}
