/// Path arithmetic on strings that keeps relative paths relative, as users typed them.
///
/// Written by hand because Foundation's `NSString.deletingLastPathComponent`
/// traps on Linux for some relative inputs ("." among them), and messages
/// should show the path the user gave rather than an absolute one.
public enum PathText {
    /// The folder holding a path: "a/b.md" → "a", "b.md" → ".", "." → "..", "/x" → "/".
    public static func parent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        if trimmed == "/" { return "/" }
        let last = trimmed.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        if last == "." || last == ".." {
            return trimmed == "." ? ".." : String(trimmed) + "/.."
        }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        if slash == trimmed.startIndex { return "/" }
        return String(trimmed[..<slash])
    }

    /// The last component of a path: "a/b.md" → "b.md".
    public static func lastComponent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        return String(trimmed.split(separator: "/").last ?? trimmed)
    }

    /// Joins a folder and a name with one `/`.
    public static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
