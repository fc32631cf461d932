/// Writing text into Markdown so that it reads back as exactly that text.
public enum MarkdownText {
    /// The text with every character that could open inline syntax escaped: an asterisk, a `#`, a `<b>` typed
    /// by a person stay those characters on the page.
    public static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>&!|#~".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
