import Diagnostics

extension Array where Element == Diagnostic {
    /// The diagnostics as `--strict` reports them: every warning becomes an error.
    public func promotingWarnings(_ strict: Bool) -> [Diagnostic] {
        guard strict else { return self }
        return map { diagnostic in
            var promoted = diagnostic
            promoted.severity = .error
            return promoted
        }
    }
}
