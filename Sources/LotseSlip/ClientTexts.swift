public import LotseWire

/// The client's own words (slip field names, kiosk prompts) in the languages Lotse is
/// translated into; other languages fall back to English.
public struct ClientTexts: Sendable {
    /// The language's name in itself, as the kiosk start screen lists it.
    public let languageName: String
    /// The start screen's line: greeting and how to choose.
    public let chooseLanguage: String
    /// The slip's field names: reasons, languages, "on request", and the `INFO` fields.
    public let why: String
    public let languages: String
    public let onRequest: String
    public let address: String
    public let phone: String
    public let web: String
    public let hours: String
    public let note: String
    /// Kiosk, after the end: press Enter to finish and clear the screen.
    public let finish: String
    /// While the daemon cannot be reached.
    public let reconnecting: String
    /// A command the kiosk does not allow.
    public let notHere: String
    /// How to leave at once.
    public let quickExit: String
    /// After a slip: how to get it onto a phone.
    public let qrHint: String
    /// The first line of the slip's short code: whose places these are.
    public let qrTitle: String
    /// When even the short slip is too long for a code on this screen.
    public let qrTooLong: String
    /// After a slip, where a printer is set: how to print it.
    public let printHint: String
    /// The slip went to the printer.
    public let printed: String
    /// The printer did not take it.
    public let notPrinted: String

    /// The texts for `code`, English when the client has none for it.
    public static func forLanguage(_ code: String) -> ClientTexts {
        all[code] ?? all["en"]!
    }

    /// Whether the client has its own words in the language `code`.
    public static func knows(_ code: String) -> Bool {
        all[code] != nil
    }

    /// The name of the language `code` in itself, or the code when the client does not know it.
    public static func name(of code: String) -> String {
        all[code]?.languageName ?? code
    }

    /// The field name for an `INFO` field, nil for fields that are shown without a name.
    public func label(forField field: ProtocolValue<InfoField>) -> String? {
        switch field.known {
        case .address?: address
        case .phone?: phone
        case .web?: web
        case .hours?: hours
        case .note?: note
        case .languages?, .languagesOnRequest?, nil: nil
        }
    }

    static let all: [String: ClientTexts] = [
        "de": ClientTexts(
            languageName: "Deutsch", chooseLanguage: "Hallo! Wähle deine Sprache: Nummer eingeben, dann Enter.",
            why: "Warum", languages: "Sprachen", onRequest: "auf Anfrage", address: "Adresse", phone: "Telefon",
            web: "Internet", hours: "Öffnungszeiten", note: "Hinweis",
            finish: "Wenn du fertig gelesen hast, drücke Enter. Dann wird der Bildschirm gelöscht.",
            reconnecting: "Keine Verbindung zum Assistenten. Ich versuche es weiter …",
            notHere: "Diesen Befehl gibt es hier nicht.", quickExit: "Schnell weg: Esc Esc oder /x",
            qrHint: "Für dein Handy: /qr zeigt diese Übersicht als Code für die Kamera.",
            qrTitle: "Lotse – deine Stellen",
            qrTooLong: "Die Übersicht ist zu lang für einen Code auf diesem Bildschirm. Mach ein Foto vom Bildschirm.",
            printHint: "Zum Ausdrucken: /print.", printed: "Die Übersicht wird gedruckt. Nimm sie am Drucker mit.",
            notPrinted: "Das Drucken hat nicht geklappt. Frag bitte am Empfang."),
        "en": ClientTexts(
            languageName: "English", chooseLanguage: "Hello! Choose your language: type its number, then Enter.",
            why: "Why", languages: "Languages", onRequest: "on request", address: "Address", phone: "Phone",
            web: "Web", hours: "Opening hours", note: "Note",
            finish: "When you have finished reading, press Enter. The screen is then cleared.",
            reconnecting: "No connection to the assistant. Still trying …",
            notHere: "This command is not available here.", quickExit: "Leave quickly: Esc Esc or /x",
            qrHint: "For your phone: /qr shows this overview as a code for the camera.",
            qrTitle: "Lotse – your places",
            qrTooLong: "The overview is too long for a code on this screen. Take a photo of the screen.",
            printHint: "To print it: /print.", printed: "The overview is being printed. Take it from the printer.",
            notPrinted: "Printing did not work. Please ask at the desk."),
        "ru": ClientTexts(
            languageName: "Русский", chooseLanguage: "Привет! Выбери язык: введи номер и нажми Enter.",
            why: "Почему", languages: "Языки", onRequest: "по запросу", address: "Адрес", phone: "Телефон",
            web: "Сайт", hours: "Часы работы", note: "Примечание",
            finish: "Когда прочитаешь, нажми Enter. Потом экран очистится.",
            reconnecting: "Нет связи с помощником. Пробую снова …",
            notHere: "Эта команда здесь недоступна.", quickExit: "Быстро уйти: Esc Esc или /x",
            qrHint: "Для телефона: /qr покажет эту сводку как код для камеры.",
            qrTitle: "Lotse – твои места",
            qrTooLong: "Сводка слишком длинная для кода на этом экране. Сфотографируй экран.",
            printHint: "Чтобы распечатать: /print.", printed: "Сводка печатается. Забери её у принтера.",
            notPrinted: "Распечатать не удалось. Спроси, пожалуйста, на стойке."),
        "uk": ClientTexts(
            languageName: "Українська", chooseLanguage: "Привіт! Обери мову: введи номер і натисни Enter.",
            why: "Чому", languages: "Мови", onRequest: "на запит", address: "Адреса", phone: "Телефон",
            web: "Сайт", hours: "Години роботи", note: "Примітка",
            finish: "Коли прочитаєш, натисни Enter. Потім екран очиститься.",
            reconnecting: "Немає зв’язку з помічником. Пробую знову …",
            notHere: "Ця команда тут недоступна.", quickExit: "Швидко вийти: Esc Esc або /x",
            qrHint: "Для телефона: /qr покаже цей огляд як код для камери.",
            qrTitle: "Lotse – твої місця",
            qrTooLong: "Огляд задовгий для коду на цьому екрані. Сфотографуй екран.",
            printHint: "Щоб роздрукувати: /print.", printed: "Огляд друкується. Забери його з принтера.",
            notPrinted: "Надрукувати не вдалося. Запитай, будь ласка, на рецепції."),
        "pl": ClientTexts(
            languageName: "Polski", chooseLanguage: "Cześć! Wybierz język: wpisz numer i naciśnij Enter.",
            why: "Dlaczego", languages: "Języki", onRequest: "na życzenie", address: "Adres", phone: "Telefon",
            web: "Strona", hours: "Godziny otwarcia", note: "Uwaga",
            finish: "Gdy skończysz czytać, naciśnij Enter. Ekran zostanie wtedy wyczyszczony.",
            reconnecting: "Brak połączenia z asystentem. Próbuję dalej …",
            notHere: "To polecenie nie jest tu dostępne.", quickExit: "Szybkie wyjście: Esc Esc lub /x",
            qrHint: "Na telefon: /qr pokazuje to podsumowanie jako kod dla aparatu.",
            qrTitle: "Lotse – twoje miejsca",
            qrTooLong: "Podsumowanie jest za długie na kod na tym ekranie. Zrób zdjęcie ekranu.",
            printHint: "Aby wydrukować: /print.", printed: "Podsumowanie jest drukowane. Odbierz je z drukarki.",
            notPrinted: "Drukowanie się nie udało. Zapytaj proszę w recepcji."),
        "tr": ClientTexts(
            languageName: "Türkçe", chooseLanguage: "Merhaba! Dilini seç: numarasını yaz ve Enter'a bas.",
            why: "Neden", languages: "Diller", onRequest: "istek üzerine", address: "Adres", phone: "Telefon",
            web: "Web", hours: "Çalışma saatleri", note: "Not",
            finish: "Okumayı bitirince Enter'a bas. Ekran sonra temizlenir.",
            reconnecting: "Asistana bağlantı yok. Tekrar deniyorum …",
            notHere: "Bu komut burada kullanılamaz.", quickExit: "Hızlı çıkış: Esc Esc veya /x",
            qrHint: "Telefonun için: /qr bu özeti kamera için bir kod olarak gösterir.",
            qrTitle: "Lotse – sana uygun yerler",
            qrTooLong: "Özet bu ekrandaki bir kod için çok uzun. Ekranın fotoğrafını çek.",
            printHint: "Yazdırmak için: /print.", printed: "Özet yazdırılıyor. Yazıcıdan alabilirsin.",
            notPrinted: "Yazdırma olmadı. Lütfen danışmaya sor."),
        "ar": ClientTexts(
            languageName: "العربية", chooseLanguage: "مرحبًا! اختر لغتك: اكتب الرقم ثم اضغط Enter.",
            why: "لماذا", languages: "اللغات", onRequest: "عند الطلب", address: "العنوان", phone: "الهاتف",
            web: "الموقع", hours: "ساعات العمل", note: "ملاحظة",
            finish: "عندما تنتهي من القراءة اضغط Enter. ثم تُمسح الشاشة.",
            reconnecting: "لا يوجد اتصال بالمساعد. أحاول مرة أخرى …",
            notHere: "هذا الأمر غير متاح هنا.", quickExit: "خروج سريع: Esc Esc أو /x",
            qrHint: "لهاتفك: الأمر ‎/qr يعرض هذا الملخص كرمز للكاميرا.",
            qrTitle: "Lotse – أماكن لك",
            qrTooLong: "الملخص طويل جداً لرمز على هذه الشاشة. يمكنك تصوير الشاشة.",
            printHint: "للطباعة: ‎/print.", printed: "تتم طباعة الملخص. يمكنك أخذه من الطابعة.",
            notPrinted: "لم تنجح الطباعة. يُرجى السؤال في الاستقبال."),
        "fa": ClientTexts(
            languageName: "فارسی", chooseLanguage: "سلام! زبانت را انتخاب کن: شماره را بنویس و Enter را بزن.",
            why: "چرا", languages: "زبان‌ها", onRequest: "در صورت درخواست", address: "نشانی", phone: "تلفن",
            web: "وب‌سایت", hours: "ساعات کاری", note: "یادداشت",
            finish: "وقتی خواندنت تمام شد Enter را بزن. بعد صفحه پاک می‌شود.",
            reconnecting: "اتصال به دستیار برقرار نیست. دوباره تلاش می‌کنم …",
            notHere: "این فرمان اینجا در دسترس نیست.", quickExit: "خروج سریع: Esc Esc یا /x",
            qrHint: "برای گوشی‌ات: ‎/qr این خلاصه را به شکل کدی برای دوربین نشان می‌دهد.",
            qrTitle: "Lotse – جاهایی برای تو",
            qrTooLong: "این خلاصه برای یک کد روی این صفحه خیلی طولانی است. از صفحه عکس بگیر.",
            printHint: "برای چاپ: ‎/print.", printed: "خلاصه در حال چاپ است. آن را از چاپگر بردار.",
            notPrinted: "چاپ انجام نشد. لطفاً از پذیرش بپرس."),
    ]
}
