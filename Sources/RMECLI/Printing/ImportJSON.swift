import Diagnostics
import WordExchange

/// `rme importar --format json`: the objects of `rme check --format json`, each with a `word` key (the place
/// in the Word document, `null` when unknown) after the others.
struct ImportJSON {
    let context: CLIContext

    /// One JSON array, one object per line.
    func render(_ findings: [ImportFinding]) -> String {
        let printer = JSONPrinter(context: context)
        let objects = findings.map { finding -> String in
            guard case .object(var pairs) = printer.object(finding.diagnostic) else { return "" }
            pairs.append(("word", .string(finding.place?.description.text(in: context.language))))
            return JSONValue.object(pairs).compact
        }
        guard !objects.isEmpty else { return "[]\n" }
        return "[\n  " + objects.joined(separator: ",\n  ") + "\n]\n"
    }
}
