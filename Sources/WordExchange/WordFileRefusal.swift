import Diagnostics

/// Why a file handed in as a Word document cannot be read at all: told to a person, in Spanish first.
public struct WordFileRefusal: Error, Sendable, Equatable {
    /// A stable code (`word.not-a-document`, …), for tools and tests.
    public let code: String
    public let message: LocalizedText
    /// What to do about it.
    public let hint: LocalizedText?

    public init(code: String, message: LocalizedText, hint: LocalizedText? = nil) {
        self.code = code
        self.message = message
        self.hint = hint
    }

    static func notADocument(_ path: String) -> WordFileRefusal {
        WordFileRefusal(
            code: "word.not-a-document",
            message: LocalizedText(
                es: "«\(path)» no es un documento de Word (.docx) ni de LibreOffice (.odt).",
                en: "«\(path)» is not a Word (.docx) or LibreOffice (.odt) document."),
            hint: LocalizedText(
                es: "Abra el archivo en Word y use Archivo › Guardar como › «Documento de Word (*.docx)».",
                en: "Open the file in Word and use File › Save as › «Word Document (*.docx)»."))
    }

    static func oldWordFormat(_ path: String) -> WordFileRefusal {
        WordFileRefusal(
            code: "word.old-format",
            message: LocalizedText(
                es: "«\(path)» está en el formato antiguo de Word (.doc, Word 97–2003), que no se puede leer.",
                en: "«\(path)» is in Word's old format (.doc, Word 97–2003), which cannot be read."),
            hint: LocalizedText(
                es: "Ábralo en Word y use Archivo › Guardar como › «Documento de Word (*.docx)»; envíe el .docx.",
                en: "Open it in Word and use File › Save as › «Word Document (*.docx)»; send the .docx."))
    }

    static func encrypted(_ path: String) -> WordFileRefusal {
        WordFileRefusal(
            code: "word.encrypted",
            message: LocalizedText(
                es: "«\(path)» está protegido con contraseña y no se puede abrir.",
                en: "«\(path)» is protected with a password and cannot be opened."),
            hint: LocalizedText(
                es: "Quite la contraseña en Word (Archivo › Información › Proteger documento › Cifrar con contraseña: deje la contraseña en blanco), guárdelo y envíelo de nuevo.",
                en: "Remove the password in Word (File › Info › Protect Document › Encrypt with Password: leave it blank), save and send it again."))
    }

    static func damaged(_ path: String, detail: String) -> WordFileRefusal {
        WordFileRefusal(
            code: "word.damaged",
            message: LocalizedText(
                es: "«\(path)» está dañado y no se puede leer (\(detail)).",
                en: "«\(path)» is damaged and cannot be read (\(detail))."),
            hint: LocalizedText(
                es: "Ábralo en Word; si Word lo repara, guárdelo con otro nombre y envíe esa copia.",
                en: "Open it in Word; if Word repairs it, save it under another name and send that copy."))
    }

    static func tooLarge(_ path: String, bytes: Int, limit: Int) -> WordFileRefusal {
        WordFileRefusal(
            code: "word.too-large",
            message: LocalizedText(
                es: "«\(path)» pesa \(megabytes(bytes)); una experiencia de dos páginas no pasa de \(megabytes(limit)).",
                en: "«\(path)» is \(megabytes(bytes)); a two-page experience stays under \(megabytes(limit))."),
            hint: LocalizedText(
                es: "Las imágenes pegadas son lo que más pesa y el cuadernillo no las imprime: bórrelas y guarde de nuevo.",
                en: "Pasted images weigh the most and the booklet does not print them: delete them and save again."))
    }

    static func expandsTooMuch(_ path: String, limit: Int) -> WordFileRefusal {
        WordFileRefusal(
            code: "word.expands-too-much",
            message: LocalizedText(
                es: "«\(path)» se descomprime en más de \(megabytes(limit)): no es un documento de Word normal y no se abrió.",
                en: "«\(path)» unpacks to more than \(megabytes(limit)): it is not an ordinary Word document and was not opened."),
            hint: LocalizedText(
                es: "Guarde el texto en un documento nuevo de Word y envíe ese.",
                en: "Save the text in a new Word document and send that one."))
    }

    static func tooManyParts(_ path: String, count: Int, limit: Int) -> WordFileRefusal {
        WordFileRefusal(
            code: "word.too-many-parts",
            message: LocalizedText(
                es: "«\(path)» está hecho de \(count) partes (un documento de Word tiene unas decenas; el límite es \(limit)): no es un documento de Word normal y no se abrió.",
                en: "«\(path)» is made of \(count) parts (a Word document has a few dozen; the limit is \(limit)): it is not an ordinary Word document and was not opened."),
            hint: LocalizedText(
                es: "Guarde el texto en un documento nuevo de Word y envíe ese.",
                en: "Save the text in a new Word document and send that one."))
    }

    public static func pandocMissing() -> WordFileRefusal {
        WordFileRefusal(
            code: "word.pandoc-missing",
            message: LocalizedText(
                es: "rme necesita pandoc para leer y escribir documentos de Word, y no está instalado.",
                en: "rme needs pandoc to read and write Word documents, and it is not installed."),
            hint: LocalizedText(
                es: "Instálelo con: sudo apt-get install pandoc (o scripts/install-deps.sh word).",
                en: "Install it with: sudo apt-get install pandoc (or scripts/install-deps.sh word)."))
    }

    static func pandocFailed(_ path: String, detail: String) -> WordFileRefusal {
        WordFileRefusal(
            code: "word.pandoc-failed",
            message: LocalizedText(
                es: "pandoc no pudo leer «\(path)»: \(detail)",
                en: "pandoc could not read «\(path)»: \(detail)"),
            hint: LocalizedText(
                es: "Abra el archivo en Word y guárdelo de nuevo como «Documento de Word (*.docx)».",
                en: "Open the file in Word and save it again as «Word Document (*.docx)»."))
    }

    static func pandocTimedOut(_ path: String, seconds: Int) -> WordFileRefusal {
        WordFileRefusal(
            code: "word.pandoc-timeout",
            message: LocalizedText(
                es: "pandoc no terminó de leer «\(path)» en \(seconds) s y se detuvo.",
                en: "pandoc did not finish reading «\(path)» in \(seconds) s and was stopped."),
            hint: LocalizedText(
                es: "Copie el texto en un documento nuevo de Word, sin imágenes ni objetos, y envíe ese.",
                en: "Copy the text into a new Word document, without images or objects, and send that one."))
    }

    /// `12,3 MB`.
    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return "\(tenths / 10),\(tenths % 10) MB"
    }
}
