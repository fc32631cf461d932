/// A value axis from zero with round tick steps (1, 2, 2.5 or 5 times a power of ten).
struct ChartScale: Sendable, Hashable {
    /// The top of the axis.
    let maximum: Double
    /// The distance between ticks.
    let step: Double

    /// A scale whose top is at or above `largest`, with about `targetTicks` steps.
    ///
    /// Counts (`integral`) never get fractional steps: a chart of networks has no 0,25 red.
    init(largest: Double, integral: Bool, targetTicks: Int = 4) {
        let top = largest.isFinite && largest > 0 ? largest : 1
        let raw = top / Double(max(1, targetTicks))
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        let residual = raw / magnitude
        var step = (residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 2.5 ? 2.5 : residual <= 5 ? 5 : 10) * magnitude
        if integral, step != step.rounded() {
            // 2,5 becomes 5 and anything under 1 becomes 1: still round, never fractional.
            step = max(1, (step * 2).rounded())
        }
        self.step = step
        self.maximum = (top / step).rounded(.up) * step
    }

    /// The tick values from zero to the top.
    var ticks: [Double] {
        let count = Int((maximum / step).rounded())
        return (0...count).map { Double($0) * step }
    }

    /// Decimals a tick label needs (one for steps like 2,5).
    var tickDecimals: Int { step == step.rounded() ? 0 : 1 }
}
