namespace GaiEval.Core.Kpi.Measures;

/// <summary>Reads a band answer as one number, and says how in Japanese.</summary>
public static class BandReading
{
    public static double Value(Band band, BandPoint point) =>
        point == BandPoint.Midpoint && band.High is double high ? (band.Low + high) / 2 : band.Low;

    public static string Describe(BandPoint point) => point switch
    {
        BandPoint.Midpoint => "帯は中央値で換算（上限のない帯は下限）",
        _ => "帯は下限で換算",
    };
}
