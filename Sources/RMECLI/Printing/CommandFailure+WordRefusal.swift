import Diagnostics
import WordExchange

extension CommandFailure {
    /// A Word file that cannot be read (or pandoc missing), as the CLI reports it: the message, then what to do.
    init(refusal: WordFileRefusal) {
        self.init(message: LocalizedText(
            es: "rme: " + refusal.message.es + (refusal.hint.map { "\n" + $0.es } ?? ""),
            en: "rme: " + refusal.message.en + (refusal.hint.map { "\n" + $0.en } ?? "")))
    }
}
