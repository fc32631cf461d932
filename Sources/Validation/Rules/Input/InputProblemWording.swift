import Content
import Diagnostics

/// How a file's unusable bytes read in a diagnostic: code, place, message and hint in both languages.
struct InputProblemWording {
    /// The full code: `input.not-utf8`, `input.empty`…
    let code: String
    let range: SourceRange?
    let message: LocalizedText
    let hint: LocalizedText?

    init(_ problem: InputProblem) {
        let saveAsUTF8 = LocalizedText(
            es: "Guarde el archivo como UTF-8 (en Word: Guardar como → Texto sin formato → Codificación: Unicode (UTF-8); en el Bloc de notas: Codificación UTF-8).",
            en: "Save the file as UTF-8 (in Word: Save As → Plain Text → Encoding: Unicode (UTF-8); in Notepad: Encoding UTF-8).")
        switch problem {
        case .invalidUTF8(let location):
            code = "input.not-utf8"
            range = SourceRange(location)
            message = LocalizedText(
                es: "El archivo no está en UTF-8: en la línea \(location.line), columna \(location.column), hay un byte que no es texto UTF-8. La causa habitual es un archivo guardado desde Word o Excel en Windows-1252 («ANSI»), donde las tildes y la ñ se escriben distinto.",
                en: "The file is not UTF-8: at line \(location.line), column \(location.column), there is a byte that is not UTF-8 text. The usual cause is a file saved from Word or Excel as Windows-1252 (\"ANSI\"), which writes accents and ñ differently.")
            hint = saveAsUTF8
        case .utf16(let bigEndian):
            code = "input.utf16"
            range = nil
            message = LocalizedText(
                es: "El archivo está en UTF-16\(bigEndian ? " (big-endian)" : "") (lo que Word y el Bloc de notas llaman «Unicode»), no en UTF-8.",
                en: "The file is UTF-16\(bigEndian ? " (big-endian)" : "") (what Word and Notepad call \"Unicode\"), not UTF-8.")
            hint = saveAsUTF8
        case .nulByte(let location):
            code = "input.nul-byte"
            range = SourceRange(location)
            message = LocalizedText(
                es: "El archivo tiene un byte nulo (NUL) en la línea \(location.line): ningún editor de texto lo escribe. Suele ser un archivo UTF-16 sin marca de orden, o un documento que no es de texto (por ejemplo un .docx renombrado).",
                en: "The file holds a NUL byte on line \(location.line): no text editor writes one. It is usually a UTF-16 file without a byte-order mark, or a file that is not text (a renamed .docx, for instance).")
            hint = saveAsUTF8
        case .empty:
            code = "input.empty"
            range = nil
            message = LocalizedText(
                es: "El archivo está vacío (o solo tiene espacios).",
                en: "The file is empty (or holds only white space).")
            hint = LocalizedText(
                es: "Cree el esqueleto con «rme new <región>» y complételo, o borre el archivo.",
                en: "Create the skeleton with `rme new <region>` and fill it in, or delete the file.")
        case .tooLarge(let bytes, let limit):
            code = "input.too-large"
            range = nil
            message = LocalizedText(
                es: "El archivo pesa \(bytes) bytes, más que el máximo de \(limit): una experiencia ocupa unos pocos kilobytes; no se lee.",
                en: "The file is \(bytes) bytes, over the limit of \(limit): an experience takes a few kilobytes; it is not read.")
            hint = LocalizedText(
                es: "Revise que no tenga imágenes o documentos pegados; el archivo debe tener solo el texto de la experiencia.",
                en: "Check that no images or documents were pasted in; the file must hold only the experience's text.")
        case .unreadable(let failure):
            code = Diagnostic.readErrorCode
            range = nil
            (message, hint) = Self.wording(failure)
        }
    }

    /// Message and hint for a file that could not be read.
    static func wording(_ failure: ReadFailure) -> (LocalizedText, LocalizedText?) {
        switch failure {
        case .missing:
            return (LocalizedText(es: "No se pudo leer el archivo: no existe (o es un enlace simbólico a algo que ya no existe).",
                                  en: "The file could not be read: it does not exist (or is a symbolic link to something that no longer does)."),
                    LocalizedText(es: "Revise el nombre, o borre el enlace.", en: "Check the name, or delete the link."))
        case .notRegularFile(let kind):
            let what: (es: String, en: String) = switch kind {
            case .folder: ("una carpeta", "a folder")
            case .fifo: ("una tubería con nombre (FIFO)", "a named pipe (FIFO)")
            case .device: ("un dispositivo", "a device")
            case .socket: ("un socket", "a socket")
            case .other: ("algo que no es un archivo", "something that is not a file")
            }
            return (LocalizedText(es: "No se pudo leer el archivo: es \(what.es), no un archivo de texto.",
                                  en: "The file could not be read: it is \(what.en), not a text file."),
                    LocalizedText(es: "Cámbiele el nombre para que no termine en .md, o reemplácelo por el archivo de texto.",
                                  en: "Rename it so it does not end in .md, or replace it with the text file."))
        case .outsideRoot(let root):
            return (LocalizedText(es: "No se lee el archivo: es un enlace simbólico a un archivo fuera de la carpeta de contenido («\(root)»).",
                                  en: "The file is not read: it is a symbolic link to a file outside the content folder (\"\(root)\")."),
                    LocalizedText(es: "Copie el archivo dentro de la carpeta de contenido en lugar de enlazarlo.",
                                  en: "Copy the file into the content folder instead of linking to it."))
        case .system(_, let reason):
            return (LocalizedText(es: "No se pudo leer el archivo: el sistema respondió «\(reason)».",
                                  en: "The file could not be read: the system said \"\(reason)\"."),
                    LocalizedText(es: "Revise los permisos del archivo (debe poder leerlo el usuario que ejecuta rme).",
                                  en: "Check the file's permissions (the user running rme must be able to read it)."))
        case .tooLarge(let bytes, let limit):
            let wording = InputProblemWording(.tooLarge(bytes: bytes, limit: limit))
            return (wording.message, wording.hint)
        }
    }
}
