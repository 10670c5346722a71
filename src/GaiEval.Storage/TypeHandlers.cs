using Dapper;

namespace GaiEval.Storage;

/// <summary>Registers the store's Dapper type handlers once per process.</summary>
internal static class TypeHandlers
{
    private static readonly Lazy<bool> Registration = new(RegisterOnce, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void Register() => _ = Registration.Value;

    private static bool RegisterOnce()
    {
        // Dapper binds built-in types from its own type map before looking at handlers, and Microsoft.Data.Sqlite would
        // then write "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", which the handler's "O" parser rejects. Removing the map entry
        // routes parameters through the handler as well (covers DateTimeOffset? too).
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset));
        SqlMapper.RemoveTypeMap(typeof(DateTimeOffset?));
        SqlMapper.AddTypeHandler(new DateTimeOffsetHandler());
        return true;
    }
}
