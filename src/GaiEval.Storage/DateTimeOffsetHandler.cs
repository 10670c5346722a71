using System.Data;
using System.Globalization;
using Dapper;

namespace GaiEval.Storage;

/// <summary>Stores <see cref="DateTimeOffset"/> as ISO-8601 round-trip text ("O"), which keeps the offset and sorts with julianday().</summary>
internal sealed class DateTimeOffsetHandler : SqlMapper.TypeHandler<DateTimeOffset>
{
    public static string Format(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
    {
        parameter.DbType = DbType.String;
        parameter.Value = Format(value);
    }

    public override DateTimeOffset Parse(object value) =>
        DateTimeOffset.ParseExact((string)value, "O", CultureInfo.InvariantCulture, DateTimeStyles.None);
}
