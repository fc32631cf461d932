/// Colours, fonts and sizes shared by the charts.
///
/// Colours are chosen for a white page: every text colour has a contrast of at
/// least 4.5:1 against white (WCAG AA), every bar colour at least 3:1 (non-text
/// contrast), and value labels sit outside the bars in text colour, so their
/// contrast never depends on a bar.
enum ChartStyle {
    /// Body text and value labels (#1A1A1A: 17.4:1 on white).
    static let text = "#1a1a1a"
    /// Tick labels and axis lines (#4d4d4d: 8.5:1 on white).
    static let muted = "#4d4d4d"
    /// Grid lines: light, drawn behind bars; they carry no information the labels do not.
    static let grid = "#d9d9d9"
    /// The outline of a share bar's track (#767676: 4.5:1 on white), so the whole is visible.
    static let trackOutline = "#767676"
    /// The empty part of a share bar's track.
    static let track = "#f2f2f2"
    /// Bars of a single series (#1F5FA8: 6.4:1 on white).
    static let bar = "#1f5fa8"
    /// Bars of categories told apart by colour as well as by their labels: blue, dark orange, green, purple
    /// (6.4, 5.2, 5.1 and 7.4:1 on white), distinguishable with the common colour-vision deficiencies.
    static let categorical = ["#1f5fa8", "#b04a00", "#2e7d32", "#7b3294"]

    static let fontFamily = "Arial, Helvetica, 'DejaVu Sans', sans-serif"
    static let titleSize = 16.0
    static let labelSize = 13.0
    static let tickSize = 12.0
    static let width = 640.0
}
