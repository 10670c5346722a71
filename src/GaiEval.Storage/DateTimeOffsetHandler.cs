using System.Data;
using System.Data.Common;
using System.Globalization;
using Dapper;

namespace GaiEval.Storage;

/// <summary>Stores <see cref="DateTimeOffset"/> as ISO-8601 round-trip text ("O"), which keeps the offset and sorts with julianday().</summary>
/// <remarks>Declared to Dapper.AOT in <c>DapperAot.cs</c>; its build-time code calls it for every DateTimeOffset parameter and column.</remarks>
internal sealed class DateTimeOffsetHandler : DbValueHandler<DateTimeOffset>
{
    public static string Format(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseText(string text) => DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None);

    // Null or not, the parameter is text: the columns are TEXT on both engines.
    protected override void Configure(DbParameter parameter) => parameter.DbType = DbType.String;

    protected override void SetValueCore(DbParameter parameter, DateTimeOffset value) => parameter.Value = Format(value);

    protected override DateTimeOffset Parse(object? value) => ParseText((string)value!);
}
