namespace GaiEval.Core.Inputs;

using System.Globalization;
using CsvHelper.Configuration;

/// <summary>CsvHelper's configuration for a CSV a user wrote: a cell with a broken quote is reported once per line, in Japanese.</summary>
internal static class UserCsvConfiguration
{
    public static CsvConfiguration ReportingTo(InputErrorCollector errors)
    {
        var badLines = new HashSet<int>();
        return new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            GetDelimiter = UserCsvDelimiter.FromHeadingLine,
            BadDataFound = args =>
            {
                int line = CsvRecordLines.BadQuoteLine(args.Context.Parser!);
                if (badLines.Add(line))
                {
                    errors.Add(line, "csv", "引用符（\"）の使い方が正しくありません。引用符で囲んだセルの中の \" は \"\" と 2 つ重ねてください");
                }
            },
        };
    }
}
