/// The one rule for link addresses in region content, shared by the checker (which reports) and the renderer (which unwraps).
///
/// A booklet is read on screen and on paper, from `Output/` served anywhere or
/// opened as a file: only an address that means the same thing everywhere is
/// kept. That is a full `http://` or `https://` address with a host, or a
/// `mailto:` with an `@`. Everything else is refused: schemes that run code or
/// read files, schemes nobody needs in a booklet, `https:host` without slashes
/// and `//host` (both become `file:` links in a PDF), backslashes (browsers
/// read `\` as `/`, so `\\evil.com` is an external link) and relative
/// addresses (they point at the staging folder while the PDF is printed and at
/// a different page in each place the booklet is shown).
public enum LinkPolicy {
    /// What the policy says about one address.
    public static func verdict(for destination: String) -> LinkVerdict {
        let normalized = UnsafeURL.normalize(destination)
        if normalized.isEmpty { return .refused(.empty) }
        if let scheme = UnsafeURL.blockedScheme(of: destination) { return .refused(.blockedScheme(scheme)) }
        if normalized.contains("\\") { return .refused(.backslash) }
        if normalized.hasPrefix("//") { return .refused(.protocolRelative) }
        guard let scheme = scheme(of: normalized) else { return .refused(.relative) }
        let rest = normalized.dropFirst(scheme.count + 1)
        switch scheme {
        case "http", "https":
            guard rest.hasPrefix("//"), let hostStart = rest.dropFirst(2).first, !"/?#".contains(hostStart) else {
                return .refused(.schemeWithoutSlashes(scheme))
            }
            return .allowed
        case "mailto":
            return rest.contains("@") ? .allowed : .refused(.unknownScheme(scheme))
        default:
            return .refused(.unknownScheme(scheme))
        }
    }

    /// Whether the renderer keeps the link as a link.
    public static func allows(_ destination: String) -> Bool {
        verdict(for: destination) == .allowed
    }

    /// The scheme of a normalized address (`letter *( letter / digit / "+" / "-" / "." )` before the first `:`), if it has one.
    static func scheme(of normalized: String) -> String? {
        guard let colon = normalized.firstIndex(of: ":") else { return nil }
        let scheme = normalized[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return String(scheme)
    }
}

/// The answer of `LinkPolicy` for one address.
public enum LinkVerdict: Hashable, Sendable {
    case allowed
    case refused(LinkRefusal)
}

/// Why `LinkPolicy` refuses an address; the checker words each one.
public enum LinkRefusal: Hashable, Sendable {
    /// `[texto]()`: nothing to go to.
    case empty
    /// `javascript:`, `vbscript:`, `file:` or a `data:` address that is not an image.
    case blockedScheme(String)
    /// A scheme other than `http`, `https` and `mailto` (a `mailto:` without `@` too).
    case unknownScheme(String)
    /// `https:ejemplo.cl` or `https:///x`: no host after the scheme.
    case schemeWithoutSlashes(String)
    /// `//ejemplo.cl`: the scheme of whatever shows the page, `file:` in a PDF.
    case protocolRelative
    /// A `\` anywhere: browsers read it as `/`.
    case backslash
    /// `resumen.html`, `../tarapaca/`, `/x`, `#seccion`: relative to a folder that differs between the HTML and the PDF.
    case relative
}
