import Foundation

/// A request's path turned into a path of the site, or refused: only the site's own files are served, so
/// anything that could climb out of it (`..`, `.`, an encoded slash or backslash, a control character, an
/// absolute path in disguise) is refused before any lookup.
enum RequestPath {
    /// The site-relative file the raw (still percent-encoded) request path names ("2015-2017/index.html" for
    /// "/2015-2017/"), or `nil` when the path is not one the site could hold.
    static func resolve(_ raw: String) -> String? {
        guard raw.hasPrefix("/"), !raw.hasPrefix("//"), raw.utf8.count <= 2048 else { return nil }
        // A slash or backslash hidden behind percent-encoding would split differently once decoded.
        let lowered = raw.lowercased()
        guard !lowered.contains("%2f"), !lowered.contains("%5c"), !lowered.contains("%00") else { return nil }
        guard let decoded = raw.removingPercentEncoding else { return nil }
        guard !decoded.unicodeScalars.contains(where: { $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }) else { return nil }
        var segments = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        let isFolder = segments.last?.isEmpty ?? true
        if isFolder { segments = segments.dropLast() }
        guard !segments.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else { return nil }
        if isFolder { segments.append("index.html") }
        return segments.joined(separator: "/")
    }
}
