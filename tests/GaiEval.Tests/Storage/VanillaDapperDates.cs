using System.Data;
using Dapper;
using GaiEval.Storage;

namespace GaiEval.Tests.Storage;

/// <summary>
/// Makes the tests' own (run-time) Dapper write and read DateTimeOffset as round-trip text, as the store does: the store
/// binds through Dapper.AOT's build-time code and no longer registers anything with Dapper's SqlMapper.
/// </summary>
internal static class VanillaDapperDates
{
    private static readonly Lazy<bool> Registration = new(RegisterOnce, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void Register() => _ = Registration.Value;

    private static bool RegisterOnce()
    {
        // Dapper binds built-in types from its own type map before looking at handlers; removing the entry routes them here.
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
        SqlMapper.AddTypeHandler(new Handler());
        return true;
    }

    private sealed class Handler : SqlMapper.TypeHandler<DateTimeOffset>
    {
        public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = DateTimeOffsetHandler.Format(value);
        }

        public override DateTimeOffset Parse(object value) => DateTimeOffsetHandler.ParseText((string)value);
    }
}
