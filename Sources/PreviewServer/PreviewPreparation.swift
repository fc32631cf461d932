import Diagnostics
import Engine

/// What a rebuild needs, gathered anew each time (the schema may have changed): the request, or the
/// problems that stop one from being made.
public struct PreviewPreparation: Sendable {
    /// The build to run; `nil` when the schema itself is broken.
    public var request: BuildRequest?
    /// Problems found while preparing (the schema's).
    public var diagnostics: [Diagnostic]

    public init(request: BuildRequest?, diagnostics: [Diagnostic]) {
        self.request = request
        self.diagnostics = diagnostics
    }
}
