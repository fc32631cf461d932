/// The few terminal styles the printer uses, applied only when colour is on.
struct ANSIStyle {
    /// Whether escape codes are written at all (a terminal, `NO_COLOR` unset).
    let enabled: Bool

    enum Tone: String {
        case bold = "1"
        case red = "1;31"
        case yellow = "1;33"
        case cyan = "1;36"
    }

    /// The text wrapped in the tone's escape codes, or unchanged when colour is off.
    func apply(_ tone: Tone, _ text: String) -> String {
        guard enabled, !text.isEmpty else { return text }
        return "\u{1B}[\(tone.rawValue)m\(text)\u{1B}[0m"
    }
}
