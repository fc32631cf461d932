import Diagnostics
import Foundation

/// The date a build may print, taken only from `SOURCE_DATE_EPOCH` so two builds of the same content are identical.
enum BuildDate {
    /// `SOURCE_DATE_EPOCH` as a calendar date ("2018-01-01", UTC); `nil` when unset.
    static func generatedAt(environment: [String: String]) throws(BuildError) -> String? {
        guard let raw = environment["SOURCE_DATE_EPOCH"], !raw.isEmpty else { return nil }
        let seconds = try epochSeconds(raw)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// The seconds to give a PDF engine as `SOURCE_DATE_EPOCH`: the caller's when set,
    /// otherwise 1 January of the edition's publication year, so nothing depends on the clock.
    static func engineEpoch(environment: [String: String], publicationYear: Int) throws(BuildError) -> String {
        if let raw = environment["SOURCE_DATE_EPOCH"], !raw.isEmpty { return String(try epochSeconds(raw)) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let year = min(max(publicationYear, 1980), 9999)
        let date = calendar.date(from: DateComponents(year: year, month: 1, day: 1)) ?? Date(timeIntervalSince1970: 315_532_800)
        return String(Int(date.timeIntervalSince1970))
    }

    /// Whole seconds since 1970, as the reproducible-builds convention writes them.
    private static func epochSeconds(_ raw: String) throws(BuildError) -> Int {
        guard raw.allSatisfy({ $0.isASCII && $0.isNumber }), let seconds = Int(raw), seconds <= 253_402_300_799 else {
            throw BuildError(.invalidSetting, LocalizedText(
                es: "SOURCE_DATE_EPOCH debe ser un número de segundos desde 1970 (por ejemplo 1514764800); vale «\(raw)»",
                en: "SOURCE_DATE_EPOCH must be a number of seconds since 1970 (for example 1514764800); it is \"\(raw)\""))
        }
        return seconds
    }
}
