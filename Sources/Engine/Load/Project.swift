import Diagnostics
import Rendering
import Validation

/// Everything a build reads, loaded once: the editions to build with their files, the templates, the check
/// settings and the editions of the previous output to keep. The later stages read nothing from disk.
public struct Project: Sendable {
    /// The content root the request named; the plan names files relative to it.
    public let contentRoot: String
    /// The editions to build, newest first.
    public let editions: [EditionSource]
    public let templates: TemplateLibrary
    public let settings: CheckSettings
    /// The digest of the settings (schema and year): every check and page depends on them.
    public let settingsDigest: Digest
    /// Editions of the previous output kept as they are, by name.
    public let kept: [KeptEdition]
    /// The date to print, from `SOURCE_DATE_EPOCH`; `nil` keeps the output free of dates.
    public let generatedAt: String?
}
