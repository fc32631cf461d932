import Foundation

/// The WeasyPrint version the booklet is designed and tested with, installed from PyPI into a folder of its own
/// by `scripts/install-deps.sh pdf`.
///
/// Pinned, and not Debian's 57: only WeasyPrint 59 and later write tagged PDF/UA, and a layout
/// change between versions moves page breaks, which the page plan depends on.
public enum PinnedWeasyPrint {
    /// The version `scripts/install-deps.sh` installs; change both together.
    public static let version = "70.0"

    /// The folder of its Python environment: `$XDG_DATA_HOME/rme/weasyprint-70.0`, or under `~/.local/share`.
    public static func folder(environment: [String: String]) -> String? {
        let data: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            data = xdg
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            data = home + "/.local/share"
        } else {
            return nil
        }
        return data + "/rme/weasyprint-" + version
    }

    /// Its `weasyprint` program: `RME_WEASYPRINT` when set, else the pinned folder's; `nil` when absent.
    public static func executable(environment: [String: String]) -> String? {
        if let asked = environment["RME_WEASYPRINT"], !asked.isEmpty {
            return FileManager.default.isExecutableFile(atPath: asked) ? asked : nil
        }
        guard let folder = folder(environment: environment) else { return nil }
        let program = folder + "/bin/weasyprint"
        return FileManager.default.isExecutableFile(atPath: program) ? program : nil
    }
}
