namespace GaiEval.Tests.Kpi.Import;

using System.Text;
using System.Text.Json;
using GaiEval.Core.Inputs;
using GaiEval.Core.Kpi.Import;
using GaiEval.Tests.Support;

/// <summary>A temp folder with a staff-key secret, for writing KPI exports and mappings in any encoding.</summary>
public sealed class KpiImportFolder : IDisposable
{
    static KpiImportFolder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public KpiImportFolder()
    {
        Hasher = new StaffKeyHasher(StaffKeySecret.LoadOrCreate(Folder.File("staff-key.secret")));
    }

    public TempFolder Folder { get; } = new();

    public StaffKeyHasher Hasher { get; }

    public string Write(string name, string text) => Folder.Write(name, text);

    public string WriteCp932(string name, string text) => Folder.WriteBytes(name, Encoding.GetEncoding(932).GetBytes(text));

    public string WriteWithBom(string name, string text) => Folder.WriteBytes(name, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)]);

    public KpiMapping Mapping(string yaml) => KpiMappingReader.Load(Write($"mapping-{Guid.NewGuid():N}.yaml", yaml));

    /// <summary>Every value of the records as JSON, to show that no raw staff key is in them.</summary>
    public static string AllValues<T>(IEnumerable<T> records) => JsonSerializer.Serialize(records, ReflectionJson.Options);

    /// <summary>The (line, column) of each error, for comparing with the bad cells written into a file.</summary>
    public static (int Line, string Field)[] Places(IEnumerable<InputError> errors) => [.. errors.Select(error => (error.Line, error.Field))];

    public void Dispose() => Folder.Dispose();
}
